// The placeholder grammar: !00-!07 (and `! 01`), `!{name}`; any other `!` and two digits, or
// `!{` that names nothing, is refused by name; a `!` before anything else is text.
import { describe, expect, it } from 'vitest';
import { parseTemplate, type TemplatePart } from '../../src/integra/template';

const text = (t: string): TemplatePart => ({ type: 'text', text: t });
const numbered = (code: string): TemplatePart => ({
  type: 'placeholder',
  key: code,
  label: `!${code}`,
});

describe('parseTemplate', () => {
  it.each(['00', '01', '02', '03', '04', '05', '06', '07'])('reads !%s', (code) => {
    expect(parseTemplate(`a!${code}b`)).toEqual({
      ok: true,
      parts: [text('a'), numbered(code), text('b')],
    });
  });

  it.each<[string, TemplatePart[]]>([
    ['! 01', [numbered('01')]],
    ['!011', [numbered('01'), text('1')]],
    ['!!01', [text('!'), numbered('01')]],
    ['Hi!', [text('Hi!')]],
    ['!x !', [text('!x !')]],
    ['!1', [text('!1')]],
    ['!  01', [text('!  01')]],
    ['!{display_name}', [{ type: 'placeholder', key: 'display_name', label: '!{display_name}' }]],
    ['!{ Remote_Number }', [{ type: 'placeholder', key: '01', label: '!{remote_number}' }]],
    ['!{sip:X-Crm}', [{ type: 'placeholder', key: 'sip:x-crm', label: '!{sip:x-crm}' }]],
  ])('reads %j', (template, parts) => {
    expect(parseTemplate(template)).toEqual({ ok: true, parts });
  });

  it.each([
    ['!08', '!08'],
    ['!09', '!09'],
    ['!10', '!10'],
    ['!99', '!99'],
    ['! 99', '! 99'],
    ['! 08', '! 08'],
    ['!123', '!12'],
    ['http://crm/?n=!01&x=!99', '!99'],
    ['!{nope}', '!{nope}'],
    ['!{}', '!{}'],
    ['!{sip:bad header}', '!{sip:bad header}'],
    ['!{constructor}', '!{constructor}'],
    ['!{display_name', '!{display_name'],
    ['!{', '!{'],
    [`!{${'a'.repeat(200)}}`, `!{${'a'.repeat(38)}…`],
  ])('refuses %j, naming %j', (template, name) => {
    expect(parseTemplate(template)).toEqual({
      ok: false,
      error: { type: 'unknown-placeholder', name },
    });
  });
});
