// The scheme and server of a URL template are decided as written, before any placeholder.
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../src/integra/template';
import { checkUrlTemplate } from '../../src/integra/urlTemplate';

function check(template: string) {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(`not a template: ${template}`);
  return checkUrlTemplate(parsed.parts);
}

describe('checkUrlTemplate', () => {
  it.each([
    ['https://crm.example.com/pop?n=!01', 'https://crm.example.com'.length],
    ['http://crm.example.com', 'http://crm.example.com'.length],
    ['HTTPS://CRM.example.com/?n=!01', 'HTTPS://CRM.example.com'.length],
    ['http://crm.example.com?n=!01', 'http://crm.example.com'.length],
    ['http://crm.example.com#!01', 'http://crm.example.com'.length],
    ['http://crm.example.com:8080/!01', 'http://crm.example.com:8080'.length],
    ['http://user:pw@crm.example.com/?n=!01', 'http://user:pw@crm.example.com'.length],
    ['http://[2001:db8::1]/?n=!01', 'http://[2001:db8::1]'.length],
    ['http://192.0.2.7/!01', 'http://192.0.2.7'.length],
    ['  https://crm.example.com/?n=!01', '  https://crm.example.com'.length],
  ])('accepts %s', (template, addressLength) => {
    expect(check(template)).toEqual({ ok: true, addressLength });
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    [' JaVaScRiPt:alert(!01)', 'javascript:'],
    ['data:text/html,<script>alert(1)</script>', 'data:'],
    ['file:///etc/passwd?!01', 'file:'],
    ['ftp://crm.example.com/?n=!01', 'ftp:'],
    ['blob:https://crm.example.com/x', 'blob:'],
    ['//evil.example/', ''],
    ['http:/x', 'http:'],
    ['http:evil.example/?n=!01', 'http:'],
    ['http:///evil.example/', 'http:'],
    ['http://', 'http:'],
    ['http://crm.example.com:99999/', 'http:'],
    ['http://crm example.com/', 'http:'],
    ['/crm/pop?n=!01', ''],
    ['crm.example.com/?n=!01', ''],
    ['iexplore http://crm/?n=!01', ''],
    ['hello !01', ''],
  ])('refuses %s as not http', (template, scheme) => {
    expect(check(template)).toEqual({ ok: false, error: { type: 'not-http-url', scheme } });
  });

  it.each([
    ['!01', '!01'],
    ['  !01', '!01'],
    ['!{sip:x-crm}/pop', '!{sip:x-crm}'],
    ['http!01', '!01'],
    ['https:!01', '!01'],
    ['http:/!01', '!01'],
    ['http://!01', '!01'],
    ['http://!01/pop', '!01'],
    ['http://crm.!01/', '!01'],
    ['http://crm.example.com!01/', '!01'],
    ['http://crm.example.com:!01/', '!01'],
    ['http://!{display_name}@crm.example.com/', '!{display_name}'],
    ['https://crm.example.com!{sip:x-host}', '!{sip:x-host}'],
  ])('refuses %s, a placeholder in the address', (template, placeholder) => {
    expect(check(template)).toEqual({
      ok: false,
      error: { type: 'placeholder-in-address', placeholder },
    });
  });
});
