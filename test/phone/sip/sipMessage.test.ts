import { describe, expect, it } from 'vitest';
import {
  headerValues,
  parseNameAddr,
  parseSipMessage,
  splitList,
} from '../../../src/phone/sip/sipMessage';

// What Kamailio relays over WSS to a JsSIP browser for a call from another browser user.
const INVITE = [
  'INVITE sip:k3f9d2ab@q7c2m9x1ls0d.invalid;transport=ws SIP/2.0',
  'Record-Route: <sip:203.0.113.10:8443;transport=ws;r2=on;lr=on;ftag=j5dq8m1r3a>',
  'Record-Route: <sip:203.0.113.10;r2=on;lr=on;ftag=j5dq8m1r3a>',
  'Via: SIP/2.0/WSS 203.0.113.10:8443;branch=z9hG4bK8d3e.5b1f9e0c7a1d4c6e.0',
  'Via: SIP/2.0/WSS 5h2jqk3l1m0n.invalid;received=198.51.100.7;rport=52310;branch=z9hG4bK2197301',
  'Max-Forwards: 69',
  'To: <sip:202@pbx.example.com>',
  'From: "Alice Bianchi" <sip:201@pbx.example.com>;tag=j5dq8m1r3a',
  'Call-ID: 6u9c0kq2v1b4d7s3e8fa',
  'CSeq: 1234 INVITE',
  'Contact: <sip:8a7sd6f5@5h2jqk3l1m0n.invalid;transport=ws;ob>',
  'Allow: INVITE,ACK,CANCEL,BYE,UPDATE,MESSAGE,OPTIONS,REFER,INFO,NOTIFY',
  'Supported: timer,ice,replaces,outbound',
  'User-Agent: JsSIP 3.10.1',
  'Content-Type: application/sdp',
  'Content-Length: 135',
  '',
  'v=0',
  'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111 0 8',
  'c=IN IP4 0.0.0.0',
  '',
].join('\r\n');

describe('parseSipMessage', () => {
  it('reads a relayed INVITE', () => {
    const message = parseSipMessage(INVITE);
    expect(message.method).toBe('INVITE');
    expect(message.status).toBe(0);
    expect(headerValues(message, 'Via')).toHaveLength(2);
    expect(headerValues(message, 'record-route')[1]).toBe(
      '<sip:203.0.113.10;r2=on;lr=on;ftag=j5dq8m1r3a>',
    );
    expect(headerValues(message, 'allow')).toContain('REFER');
    expect(headerValues(message, 'CALL-ID')).toEqual(['6u9c0kq2v1b4d7s3e8fa']);
    expect(message.body.startsWith('v=0\r\no=-')).toBe(true);
    expect([...message.headers.keys()].slice(0, 3)).toEqual([
      'record-route',
      'via',
      'max-forwards',
    ]);
  });

  it('reads LF line ends and a response', () => {
    const message = parseSipMessage('SIP/2.0 180 Ringing\nCall-ID: abc\nCSeq: 1 INVITE\n\n');
    expect(message.status).toBe(180);
    expect(message.method).toBe('');
    expect(headerValues(message, 'cseq')).toEqual(['1 INVITE']);
  });

  it.each([
    ['f', 'from'],
    ['t', 'to'],
    ['i', 'call-id'],
    ['m', 'contact'],
    ['v', 'via'],
    ['l', 'content-length'],
    ['c', 'content-type'],
    ['k', 'supported'],
  ])('maps compact form %s to %s', (compact, full) => {
    const message = parseSipMessage(`INVITE sip:a@b SIP/2.0\r\n${compact}: x\r\n\r\n`);
    expect(headerValues(message, full)).toEqual(['x']);
    expect(headerValues(message, compact)).toEqual(['x']);
  });

  it('joins folded lines', () => {
    const raw =
      'INVITE sip:a@b SIP/2.0\r\nSubject: I know you are there,\r\n   pick up!\r\n\tplease\r\n\r\n';
    expect(headerValues(parseSipMessage(raw), 'subject')).toEqual([
      'I know you are there, pick up! please',
    ]);
  });

  it('splits list headers but not From, Date or inside quotes and brackets', () => {
    const raw = [
      'INVITE sip:a@b SIP/2.0',
      'Diversion: "Sales, Milan" <sip:0212345@pbx;x=a,b>;reason=unconditional, <sip:203@pbx>',
      'From: "Rossi, Mario" <sip:201@pbx>;tag=1',
      'Date: Sat, 13 Nov 2010 23:29:00 GMT',
      'X-Custom: a, b',
      '',
      '',
    ].join('\r\n');
    const message = parseSipMessage(raw);
    expect(headerValues(message, 'diversion')).toEqual([
      '"Sales, Milan" <sip:0212345@pbx;x=a,b>;reason=unconditional',
      '<sip:203@pbx>',
    ]);
    expect(headerValues(message, 'from')).toHaveLength(1);
    expect(headerValues(message, 'date')).toEqual(['Sat, 13 Nov 2010 23:29:00 GMT']);
    expect(headerValues(message, 'x-custom')).toEqual(['a, b']);
  });

  it.each([
    ['empty', ''],
    ['only a start line', 'INVITE sip:a@b SIP/2.0'],
    ['no start line', 'From: <sip:1@b>\r\n\r\n'],
    ['1 MB of garbage', 'x'.repeat(1_000_000)],
    ['1 MB of colons and newlines', ':\n'.repeat(500_000)],
    [
      'control characters',
      'INVITE sip:a@b SIP/2.0\r\nFrom\u0000: x\r\nTo: \u0007<sip:1@b>\r\n\r\n',
    ],
    ['bad header names', 'INVITE sip:a@b SIP/2.0\r\n: x\r\nBad Name: y\r\nGood: z\r\n\r\n'],
  ])('never throws on %s', (_label, raw) => {
    expect(() => parseSipMessage(raw)).not.toThrow();
  });

  it('keeps what it can from broken input', () => {
    expect(headerValues(parseSipMessage('From: <sip:1@b>\r\n\r\n'), 'from')).toEqual(['<sip:1@b>']);
    const bad = parseSipMessage('INVITE sip:a@b SIP/2.0\r\n: x\r\nBad Name: y\r\nGood: z\r\n\r\n');
    expect([...bad.headers.keys()]).toEqual(['good']);
    expect(parseSipMessage(undefined as unknown as string).headers.size).toBe(0);
  });

  it('limits header values and header count', () => {
    const big = `INVITE sip:a@b SIP/2.0\r\nX-Big: ${'a'.repeat(100_000)}\r\nX-Small: ok\r\n\r\n`;
    const message = parseSipMessage(big);
    expect(headerValues(message, 'x-big')).toEqual([]);
    expect(headerValues(message, 'x-small')).toEqual(['ok']);
    const many = Array.from({ length: 300 }, (_, i) => `X-H${i}: ${i}`).join('\r\n');
    expect(parseSipMessage(`INVITE sip:a@b SIP/2.0\r\n${many}\r\n\r\n`).headers.size).toBe(200);
  });
});

describe('splitList', () => {
  it.each([
    ['a, b ,c', ['a', 'b', 'c']],
    ['"x\\", y" <sip:1@h>, <sip:2@h>', ['"x\\", y" <sip:1@h>', '<sip:2@h>']],
    [',,', []],
  ])('%s', (value, expected) => expect(splitList(value)).toEqual(expected));
});

describe('parseNameAddr', () => {
  it.each([
    [
      '"Mario \\"Il Capo\\" Rossi" <sip:201@PBX.example.com:5060;transport=ws>;tag=x1',
      {
        displayName: 'Mario "Il Capo" Rossi',
        user: '201',
        host: 'pbx.example.com',
        params: { tag: 'x1' },
      },
    ],
    [
      '<sip:202@pbx.example.com>',
      { displayName: '', user: '202', host: 'pbx.example.com', params: {} },
    ],
    [
      'Alice  Smith <sips:alice@[2001:db8::1]:5061>',
      { displayName: 'Alice  Smith', user: 'alice', host: '[2001:db8::1]' },
    ],
    ['sip:201@pbx;tag=abc', { uri: 'sip:201@pbx', user: '201', params: { tag: 'abc' } }],
    [
      '<tel:+39-02-1234567;phone-context=+39>',
      { scheme: 'tel', user: '+39-02-1234567', host: '', uriParams: { 'phone-context': '+39' } },
    ],
    ['<sip:%2B390212345@pbx;user=phone>', { user: '+390212345', uriParams: { user: 'phone' } }],
    ['<sip:+3902;isub=1@pbx>', { user: '+3902;isub=1', host: 'pbx' }],
    ['<sip:bob:secret@pbx>', { user: 'bob:secret', host: 'pbx' }],
    ['<sip:1;rm%20-rf%20~@pbx;user=phone>', { user: '1;rm -rf ~', uriParams: { user: 'phone' } }],
    ['<sip:a&b=c?d/e@pbx?X=1>', { user: 'a&b=c?d/e', host: 'pbx', uriHeaders: { x: '1' } }],
    ['<sip:123&redirect=http://evil.example@pbx>', { user: '123&redirect=http://evil.example' }],
    ['"  Mario\t Rossi " <sip:1@h>', { displayName: '  Mario\t Rossi ' }],
    ['"Evil\u202Eman" <sip:1@h>', { displayName: 'Evil\u202Eman' }],
    ['<tel:+39-02;isub=1;phone-context=+39>', { user: '+39-02', uriParams: { isub: '1' } }],
    ['<tel:1;rm%20-rf%20~>', { user: '1;rm -rf ~', uriParams: {} }],
    ['<tel:1%3B2>', { user: '1;2' }],
    ['<sip:pbx.example.com>', { user: '', host: 'pbx.example.com' }],
    ['"Zoë 日本 & <script>" <sip:1@h>', { displayName: 'Zoë 日本 & <script>', user: '1' }],
    ['<sip:%ZZ%E0@h>', { user: '%ZZ%E0' }],
    [
      '<sip:202@pbx?Reason=SIP%3Bcause%3D302%3Btext%3D%22Moved%22>;index=1.1',
      {
        user: '202',
        uriHeaders: { reason: 'SIP;cause=302;text="Moved"' },
        params: { index: '1.1' },
      },
    ],
  ])('%s', (value, expected) => {
    expect(parseNameAddr(value)).toMatchObject(expected);
  });

  it.each([
    ['empty', ''],
    ['no scheme', 'Mario <201@pbx>'],
    ['unclosed bracket', '"A" <sip:1@h'],
    ['unclosed quote', '"A <sip:1@h>'],
    ['space in URI', '<sip:1 2@h>'],
    ['quoted name without URI', '"Only a name"'],
    ['oversized', `<sip:${'1'.repeat(5000)}@h>`],
  ])('gives undefined for %s', (_label, value) => {
    expect(parseNameAddr(value)).toBeUndefined();
  });

  it('keeps hostile param names as data', () => {
    const address = parseNameAddr('<sip:1@h>;__proto__=x;constructor=y');
    expect(Object.getPrototypeOf(address?.params)).toBe(Object.prototype);
    expect(address?.params.constructor).toBe('y');
  });
});
