import { describe, expect, it } from 'vitest';
import { chooseAppUrl, isAppOrigin, originOf, parseAppUrl } from '../../../bridge/extension/origin';

describe('parseAppUrl', () => {
  it('accepts https and gives the origin to match', () => {
    expect(parseAppUrl('https://phone.example.com')).toEqual({
      ok: true,
      url: 'https://phone.example.com/',
      origin: 'https://phone.example.com',
    });
  });

  it('keeps the path and query, drops the hash and a default port', () => {
    expect(parseAppUrl(' https://Phone.Example.com:443/app/?a=1#x ')).toEqual({
      ok: true,
      url: 'https://phone.example.com/app/?a=1',
      origin: 'https://phone.example.com',
    });
  });

  it('accepts plain http only on loopback', () => {
    expect(parseAppUrl('http://127.0.0.1:5173').ok).toBe(true);
    expect(parseAppUrl('http://localhost:8080/').ok).toBe(true);
    expect(parseAppUrl('http://[::1]:8080/').ok).toBe(true);
    expect(parseAppUrl('http://phone.example.com')).toEqual({
      ok: false,
      problem: 'http-not-loopback',
    });
    expect(parseAppUrl('http://127.0.0.2').ok).toBe(false);
    expect(parseAppUrl('http://localhost.example.com').ok).toBe(false);
  });

  it('refuses other schemes, userinfo, empty and broken addresses', () => {
    expect(parseAppUrl('ftp://phone.example.com')).toEqual({ ok: false, problem: 'scheme' });
    expect(parseAppUrl('javascript:alert(1)')).toEqual({ ok: false, problem: 'scheme' });
    expect(parseAppUrl('file:///index.html')).toEqual({ ok: false, problem: 'scheme' });
    expect(parseAppUrl('https://user:pw@phone.example.com')).toEqual({
      ok: false,
      problem: 'userinfo',
    });
    expect(parseAppUrl('https://user@phone.example.com')).toEqual({
      ok: false,
      problem: 'userinfo',
    });
    expect(parseAppUrl('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseAppUrl('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(parseAppUrl(42)).toEqual({ ok: false, problem: 'empty' });
    expect(parseAppUrl('phone.example.com')).toEqual({ ok: false, problem: 'not-a-url' });
    expect(parseAppUrl('https://')).toEqual({ ok: false, problem: 'not-a-url' });
  });
});

describe('chooseAppUrl', () => {
  it('lets managed storage win, then local, else nothing', () => {
    expect(chooseAppUrl('https://a.example', 'https://b.example')).toEqual({
      source: 'managed',
      value: 'https://a.example',
    });
    expect(chooseAppUrl(undefined, 'https://b.example')).toEqual({
      source: 'local',
      value: 'https://b.example',
    });
    expect(chooseAppUrl('', 'https://b.example').source).toBe('local');
    expect(chooseAppUrl(7, {}).source).toBe('none');
  });
});

describe('isAppOrigin', () => {
  const app = 'https://phone.example.com';

  it('matches the same scheme, host and port, whatever the path or trailing slash', () => {
    expect(isAppOrigin(app, 'https://phone.example.com')).toBe(true);
    expect(isAppOrigin(app, 'https://phone.example.com/')).toBe(true);
    expect(isAppOrigin(app, 'https://phone.example.com/index.html?uri=tel:1#x')).toBe(true);
    expect(isAppOrigin(app, 'https://PHONE.example.com:443/')).toBe(true);
  });

  it('ignores userinfo in a candidate, which is not part of an origin', () => {
    expect(isAppOrigin(app, 'https://someone@phone.example.com/')).toBe(true);
  });

  it('refuses another scheme, port, host or a look-alike', () => {
    expect(isAppOrigin(app, 'http://phone.example.com')).toBe(false);
    expect(isAppOrigin(app, 'https://phone.example.com:8443')).toBe(false);
    expect(isAppOrigin(app, 'https://phone.example.com.evil.example')).toBe(false);
    expect(isAppOrigin(app, 'https://evil.example/?https://phone.example.com')).toBe(false);
    expect(isAppOrigin(app, 'https://sub.phone.example.com')).toBe(false);
  });

  it('tells ports apart on loopback', () => {
    expect(isAppOrigin('http://127.0.0.1:5173', 'http://127.0.0.1:5173/')).toBe(true);
    expect(isAppOrigin('http://127.0.0.1:5173', 'http://127.0.0.1:5174/')).toBe(false);
    expect(isAppOrigin('http://127.0.0.1:5173', 'http://localhost:5173/')).toBe(false);
  });

  it('matches nothing when not configured, and no opaque or broken candidate', () => {
    expect(isAppOrigin('', 'https://phone.example.com')).toBe(false);
    expect(isAppOrigin('null', 'data:text/html,x')).toBe(false);
    expect(isAppOrigin(app, undefined)).toBe(false);
    expect(isAppOrigin(app, 'not a url')).toBe(false);
    expect(originOf('data:text/html,x')).toBeUndefined();
  });
});
