import { describe, expect, it } from 'vitest';
import { toDialString } from '../../../src/phone/dialString';
import { incomingCallFacts, numberOf, outgoingCallFacts } from '../../../src/phone/sip/callFacts';

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
    ['bidi overrides', '"Evil\u202Eman\u2066"', 'Evil\u202Eman\u2066'],
    ['control character', `"Bell${'\u0007'}Ring"`, 'Bell\u0007Ring'],
    ['a tab and spaces', '"  Mario\t\tRossi  "', '  Mario\t\tRossi  '],
    ['shell syntax', '"x; rm -rf ~ $(id)"', 'x; rm -rf ~ $(id)'],
    ['an unquoted name', 'Mario  Rossi', 'Mario  Rossi'],
    ['a long name', `"${'n'.repeat(3000)}"`, 'n'.repeat(3000)],
  ])('keeps a display name with %s exactly', (_label, name, expected) => {
    expect(facts(invite([], `From: ${name} <sip:201@pbx>;tag=1`)).remoteName).toBe(expected);
  });

  it('takes the name of the same From when the asserted name is blank', () => {
    const raw = invite(
      ['P-Asserted-Identity: "  " <sip:201@pbx>'],
      'From: "Mario" <sip:201@pbx>;tag=1',
    );
    expect(facts(raw).remoteName).toBe('Mario');
  });

  it.each([
    ['123&redirect=http://evil.example', '<sip:123&redirect=http://evil.example@pbx>'],
    ['123&redirect=http://evil.example', '<sip:123%26redirect%3Dhttp%3A%2F%2Fevil.example@pbx>'],
    ['1;rm -rf ~', '<sip:1;rm%20-rf%20~@pbx>'],
    ['1;rm -rf ~', '<sip:1%3Brm%20-rf%20~@pbx>'],
    ['1;rm -rf ~', '<tel:1;rm%20-rf%20~>'],
    ['+390261616161&ev=CALL_BUSY', '<sip:+390261616161&ev=CALL_BUSY@pbx>'],
    ['+390261616161&ev=CALL_BUSY', '<tel:+390261616161&ev=CALL_BUSY>'],
    ['$(id)', '<sip:$(id)@pbx>'],
    ['`id`', '<sip:%60id%60@pbx>'],
    ['a?b=c/d', '<sip:a?b=c/d@pbx>'],
    ['bob:secret', '<sip:bob:secret@pbx>'],
    ['\u202E1234', '<sip:%E2%80%AE1234@pbx>'],
    ['12\u000034', '<sip:12%0034@pbx>'],
    ['١٢٣', '<sip:%D9%A1%D9%A2%D9%A3@pbx>'],
    ['100%', '<sip:100%@pbx>'],
    ['+', '<sip:+@pbx>'],
    ['---', '<sip:---@pbx>'],
    ['()', '<sip:()@pbx>'],
    ['alice.smith-1', '<sip:alice.smith-1@pbx>'],
    ['+39026161616', '<sip:+39%2002-6161.616@pbx>'],
    ['+390261616161', '<sip:+39(02)6161/6161@pbx>'],
    ['+390261616161', '<tel:+39-02-6161-6161;phone-context=+39>'],
    ['*72#', '<sip:*72%23@pbx>'],
  ])('gives %j as the remote number for %s, in From and in P-Asserted-Identity', (number, uri) => {
    const fromFacts = facts(invite([], `From: "Caller" ${uri};tag=1`));
    expect(fromFacts).toMatchObject({ remoteNumber: number, originalCaller: number });
    const asserted = facts(invite([`P-Asserted-Identity: "Caller" ${uri}`]));
    expect(asserted).toMatchObject({ remoteNumber: number, originalCaller: number });
  });

  it('refuses a number too long to be one, falling back rather than cutting it', () => {
    const long = `<sip:${'9'.repeat(65)}@pbx>`;
    expect(facts(invite([`P-Asserted-Identity: ${long}`])).remoteNumber).toBe('201');
    expect(facts(invite([], `From: ${long};tag=1`)).remoteNumber).toBe('');
  });

  it.each([
    ['a long Call-ID', `${'c'.repeat(3000)}@pbx.example`],
    ['a Call-ID with odd characters', 'a"b<c>{d}[e]\\f~g@h'],
    ['a Call-ID with unicode', 'zoë-日本@pbx'],
  ])('keeps %s whole', (_label, callId) => {
    const raw = invite().replace(/Call-ID:.*\r\n/, `Call-ID: ${callId}\r\n`);
    expect(facts(raw).callId).toBe(callId);
  });

  it("keeps header values exactly as received, up to the SIP reader's limit", () => {
    const headers = facts(
      invite([
        'X-Queue: sales',
        'X-Queue: second value is dropped',
        'X-Bell: ring\u0007ring',
        'X-Tab: a\tb',
        'X-Bidi: a\u202Eb',
        `X-Long: ${'a'.repeat(3000)}`,
        `X-Huge: ${'b'.repeat(100_000)}`,
        '__proto__: polluted',
      ]),
    ).headers;
    expect(headers['x-queue']).toBe('sales');
    expect(headers['x-bell']).toBe('ring\u0007ring');
    expect(headers['x-tab']).toBe('a\tb');
    expect(headers['x-bidi']).toBe('a\u202Eb');
    expect(headers['x-long']).toBe('a'.repeat(3000));
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
    ['\u0000;DROP TABLE', '\u0000;DROP TABLE'],
    ['1;rm -rf ~@pbx', '1;rm -rf ~'],
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

describe('numberOf', () => {
  it.each([
    ['+39 (02) 1234.567', '+39021234567'],
    ['+39 02-6161.616', '+39026161616'],
    ['0212/345\u00A0678', '0212345678'],
    ['*72#', '*72#'],
    ['alice.smith-1', 'alice.smith-1'],
    ['---', '---'],
    ['+', '+'],
    ['1+2', '1+2'],
    ['\u202E123\u0000', '\u202E123\u0000'],
    ['123&redirect=http://evil.example', '123&redirect=http://evil.example'],
    ['1;rm -rf ~', '1;rm -rf ~'],
    ['+390261616161&ev=CALL_BUSY', '+390261616161&ev=CALL_BUSY'],
    ['$(id)', '$(id)'],
    ['1\t2', '1\t2'],
    ['9'.repeat(64), '9'.repeat(64)],
    ['9'.repeat(65), ''],
  ])('%j → %j', (raw, expected) => expect(numberOf(raw)).toBe(expected));
});

describe('a remote number called back from the history', () => {
  it.each([
    '123&redirect=http://evil.example',
    '1;rm -rf ~',
    '+390261616161&ev=CALL_BUSY',
    '$(id)',
    '\u202E1234',
    '12\u000034',
    '+39 02-6161.616',
    'alice.smith-1',
    '*72#',
  ])('dials %j as the number shown, or not at all', (user) => {
    const number = numberOf(user);
    expect([undefined, number]).toContain(toDialString(number));
  });
});
