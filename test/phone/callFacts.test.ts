import { describe, expect, it } from 'vitest';
import { cleanNumber, incomingCallFacts, outgoingCallFacts } from '../../src/phone/callFacts';

const FROM = 'From: "Mario Rossi" <sip:201@pbx.example.com>;tag=as5d8e1f2c';
const TO = 'To: <sip:202@pbx.example.com>';

/** An INVITE as Kamailio relays it over WSS to the JsSIP browser of extension 202. */
function invite(extra: readonly string[] = [], from = FROM, to = TO, eol = '\r\n'): string {
  const sdp = ['v=0', 'o=- 1 2 IN IP4 192.0.2.20', 's=-', 't=0 0', 'm=audio 9 RTP/AVP 8', ''];
  return [
    'INVITE sip:k3f9d2ab@q7c2m9x1ls0d.invalid;transport=ws SIP/2.0',
    'Record-Route: <sip:203.0.113.10:8443;transport=ws;r2=on;lr=on;ftag=as5d8e1f2c>',
    'Record-Route: <sip:203.0.113.10;r2=on;lr=on;ftag=as5d8e1f2c>',
    'Via: SIP/2.0/WSS 203.0.113.10:8443;branch=z9hG4bKcydzigwkX',
    'Via: SIP/2.0/UDP 192.0.2.20:5060;received=192.0.2.20;rport=5060;branch=z9hG4bK5d2f7a91',
    'Max-Forwards: 69',
    from,
    to,
    'Contact: <sip:201@192.0.2.20:5060;transport=ws;ob>',
    'Call-ID: 3c26700e57a5f1b06f0c1a2b3d4e5f60@192.0.2.20',
    'CSeq: 102 INVITE',
    'Date: Sat, 13 Nov 2010 23:29:00 GMT',
    'Allow: INVITE, ACK, CANCEL, OPTIONS, BYE, REFER, NOTIFY, INFO',
    ...extra,
    'Content-Type: application/sdp',
    `Content-Length: ${sdp.join(eol).length}`,
    '',
    ...sdp,
  ].join(eol);
}

const facts = (raw: string) => incomingCallFacts(raw, '202', 1500);

describe('incomingCallFacts', () => {
  it('reads a plain internal call', () => {
    expect(facts(invite())).toEqual({
      callId: '3c26700e57a5f1b06f0c1a2b3d4e5f60@192.0.2.20',
      direction: 'incoming',
      ownExtension: '202',
      remoteNumber: '201',
      remoteName: 'Mario Rossi',
      ownDirectNumber: '202',
      originalCaller: '201',
      originalCalled: '202',
      forwarded: false,
      serverClockOffsetMs: 1500,
      headers: expect.objectContaining({
        'call-id': '3c26700e57a5f1b06f0c1a2b3d4e5f60@192.0.2.20',
        via: 'SIP/2.0/WSS 203.0.113.10:8443;branch=z9hG4bKcydzigwkX',
        date: 'Sat, 13 Nov 2010 23:29:00 GMT',
        'content-type': 'application/sdp',
      }),
    });
  });

  it.each([
    [
      'PAI wins over From',
      ['P-Asserted-Identity: "Cliente SpA" <sip:+390212345678@pbx.example.com>'],
      FROM,
      { remoteNumber: '+390212345678', remoteName: 'Cliente SpA', originalCaller: '+390212345678' },
    ],
    [
      'PAI without name takes no name from a different From',
      ['P-Asserted-Identity: <sip:+390212345678@pbx.example.com>'],
      'From: "Anonymous" <sip:anonymous@anonymous.invalid>;tag=1',
      { remoteNumber: '+390212345678', remoteName: '', originalCaller: '+390212345678' },
    ],
    [
      'PAI without name takes the name of the same From',
      ['P-Asserted-Identity: <tel:+39-02-1234-5678>'],
      'From: "Ufficio" <sip:+390212345678@pbx.example.com>;tag=1',
      { remoteNumber: '+390212345678', remoteName: 'Ufficio' },
    ],
    [
      'PAI with sip and tel values',
      ['P-Asserted-Identity: <sip:anonymous@x>, <tel:+3906555>'],
      FROM,
      { remoteNumber: 'anonymous' },
    ],
    [
      'garbage PAI falls back to From',
      ['P-Asserted-Identity: "broken <sip:'],
      FROM,
      { remoteNumber: '201', remoteName: 'Mario Rossi', originalCaller: '201' },
    ],
    [
      'Remote-Party-ID of the caller',
      ['Remote-Party-ID: "Rpid" <sip:0612@pbx>;party=calling;screen=yes'],
      FROM,
      { remoteNumber: '0612', remoteName: 'Rpid', originalCaller: '201' },
    ],
    [
      'Remote-Party-ID of the callee is ignored',
      ['Remote-Party-ID: <sip:0699@pbx>;party=called'],
      FROM,
      { remoteNumber: '201' },
    ],
    [
      'percent-encoded caller',
      [],
      'From: <sip:%2B39%2002%20123@pbx>;tag=1',
      { remoteNumber: '+3902123' },
    ],
  ])('%s', (_label, extra, from, expected) => {
    expect(facts(invite(extra, from))).toMatchObject(expected);
  });

  it.each([
    [
      'one Diversion',
      ['Diversion: <sip:0212345@pbx.example.com>;reason=unconditional;counter=1'],
      { forwarded: true, originalCalled: '0212345' },
    ],
    [
      'two Diversion headers, oldest last',
      [
        'Diversion: <sip:203@pbx>;reason=no-answer',
        'Diversion: <sip:0212345@pbx>;reason=unconditional',
      ],
      { forwarded: true, originalCalled: '0212345' },
    ],
    [
      'two values in one Diversion header',
      [
        'Diversion: "Mario, desk" <sip:203@pbx>;reason=user-busy, <sip:0212345@pbx>;reason=unconditional',
      ],
      { forwarded: true, originalCalled: '0212345' },
    ],
    [
      'garbage Diversion',
      ['Diversion: <<<;;;>>>, "unterminated'],
      { forwarded: false, originalCalled: '202' },
    ],
    [
      'History-Info with a changed user',
      [
        'History-Info: <sip:0212345@pbx.example.com>;index=1',
        'History-Info: <sip:202@pbx.example.com>;index=1.1;mp=1',
      ],
      { forwarded: true, originalCalled: '0212345' },
    ],
    [
      'History-Info out of order with an escaped Reason',
      [
        'History-Info: <sip:202@192.0.2.30;transport=ws>;index=1.1.1;rc=1.1',
        'History-Info: <sip:203@pbx?Reason=SIP%3Bcause%3D486%3Btext%3D%22Busy%22>;index=1.1',
        'History-Info: <sip:0212345@pbx>;index=1',
      ],
      { forwarded: true, originalCalled: '0212345' },
    ],
    [
      'History-Info with a cause param on one user',
      ['History-Info: <sip:202@pbx>;index=1, <sip:202@pbx;cause=302>;index=1.1'],
      { forwarded: true, originalCalled: '202' },
    ],
    [
      'History-Info of a registered contact only',
      ['History-Info: <sip:202@pbx>;index=1, <sip:202@192.0.2.30;transport=ws>;index=1.1;rc=1'],
      { forwarded: false, originalCalled: '202' },
    ],
    [
      'History-Info wins over Diversion',
      [
        'Diversion: <sip:203@pbx>',
        'History-Info: <sip:0699@pbx>;index=1, <sip:202@pbx>;index=1.1;mp=1',
      ],
      { forwarded: true, originalCalled: '0699' },
    ],
  ])('%s', (_label, extra, expected) => {
    expect(facts(invite(extra))).toMatchObject(expected);
  });

  it('reads compact forms, LF line ends and folded headers', () => {
    const raw = invite(
      ['P-Asserted-Identity:\n  "Folded Name"\n\t<sip:0698765@pbx>'],
      'f: "Compact" <sip:201@pbx>;tag=1',
      't: <sip:0211111@pbx>',
      '\n',
    ).replace('Call-ID:', 'i:');
    expect(facts(raw)).toMatchObject({
      callId: '3c26700e57a5f1b06f0c1a2b3d4e5f60@192.0.2.20',
      remoteNumber: '0698765',
      remoteName: 'Folded Name',
      ownDirectNumber: '0211111',
      originalCalled: '0211111',
    });
  });

  it.each([
    [
      'malformed From',
      invite([], 'From: "Mario <sip:201@pbx', TO),
      { remoteNumber: '', remoteName: '', originalCaller: '' },
    ],
    [
      'missing To',
      invite([], FROM, 'X-No-To: 1'),
      { ownDirectNumber: '', originalCalled: '', remoteNumber: '201' },
    ],
    [
      'missing Call-ID',
      invite().replace(/Call-ID:.*\r\n/, ''),
      { callId: '', remoteNumber: '201' },
    ],
    ['empty text', '', { callId: '', remoteNumber: '', forwarded: false, headers: {} }],
    ['1 MB of garbage', '\u0000garbage'.repeat(100_000), { remoteNumber: '', headers: {} }],
  ])('falls back sensibly on %s', (_label, raw, expected) => {
    expect(facts(raw)).toMatchObject(expected);
  });

  it.each([
    ['quotes', '"Mario \\"Boss\\" Rossi"', 'Mario "Boss" Rossi'],
    ['unicode', '"Zoë Ünal 日本"', 'Zoë Ünal 日本'],
    ['ampersand and markup', '"A&B <script>alert(1)</script>"', 'A&B <script>alert(1)</script>'],
    ['bidi overrides', '"Evil\u202Eman\u2066"', 'Evilman'],
    ['control character', `"Bell${'\u0007'}Ring"`, 'BellRing'],
    ['long name', `"${'n'.repeat(500)}"`, 'n'.repeat(128)],
  ])('cleans a display name with %s', (_label, name, expected) => {
    expect(facts(invite([], `From: ${name} <sip:201@pbx>;tag=1`)).remoteName).toBe(expected);
  });

  it('keeps only printable, length-limited header values', () => {
    const headers = facts(
      invite([
        'X-Queue: sales',
        'X-Queue: second value is dropped',
        'X-Bell: ring\u0007ring',
        `X-Long: ${'a'.repeat(3000)}`,
        `X-Huge: ${'b'.repeat(100_000)}`,
        '__proto__: polluted',
      ]),
    ).headers;
    expect(headers['x-queue']).toBe('sales');
    expect(headers['x-bell']).toBeUndefined();
    expect(headers['x-long']).toHaveLength(512);
    expect(headers['x-huge']).toBeUndefined();
    expect(Object.getPrototypeOf(headers)).toBe(Object.prototype);
    expect(Object.hasOwn(headers, '__proto__')).toBe(true);
  });
});

describe('outgoingCallFacts', () => {
  it.each([
    ['sip:0212345@pbx.example.com', '0212345'],
    ['<sip:%2B39021234@pbx;user=phone>', '+39021234'],
    ['alice@pbx.example.com', 'alice'],
    ['+39 02 1234-567', '+39021234567'],
    ['tel:+39-06-555', '+3906555'],
    ['\u0000;DROP TABLE', 'DROPTABLE'],
  ])('calls %s → %s', (target, number) => {
    expect(
      outgoingCallFacts({ callId: 'abc@h', ownExtension: '202', target, serverClockOffsetMs: -20 }),
    ).toEqual({
      callId: 'abc@h',
      direction: 'outgoing',
      ownExtension: '202',
      remoteNumber: number,
      remoteName: '',
      ownDirectNumber: '',
      originalCaller: '202',
      originalCalled: number,
      forwarded: false,
      serverClockOffsetMs: -20,
      headers: {},
    });
  });
});

describe('cleanNumber', () => {
  it.each([
    ['+39 (02) 1234.567', '+39021234567'],
    ['*72#', '*72#'],
    ['alice.smith-1', 'alice.smith-1'],
    ['---', ''],
    ['\u202E123\u0000', '123'],
    ['9'.repeat(100), '9'.repeat(64)],
  ])('%s → %s', (raw, expected) => expect(cleanNumber(raw)).toBe(expected));
});
