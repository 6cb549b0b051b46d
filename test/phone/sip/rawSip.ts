// Raw SIP text for the tests of the incoming-message screen: a well-formed INVITE as Kamailio
// relays it (two Vias, Record-Route, SDP), with any header replaced, added or taken out.

export type Headers = [name: string, value: string][];

export const SDP =
  'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\n';

export function inviteHeaders(n = 1): Headers {
  return [
    ['Record-Route', '<sip:127.0.0.1:5060;transport=ws;lr>'],
    ['Via', `SIP/2.0/WS 127.0.0.1:5060;branch=z9hG4bKproxy${n}`],
    ['Via', `SIP/2.0/WS c${n}.invalid;rport=40000;received=127.0.0.1;branch=z9hG4bKuac${n}`],
    ['Max-Forwards', '69'],
    ['From', `"Demo 100" <sip:100@voispeed.local>;tag=ft${n}`],
    ['To', '<sip:101@voispeed.local>'],
    ['Call-ID', `call${n}@c.invalid`],
    ['CSeq', '2 INVITE'],
    ['Contact', `<sip:c${n}@c.invalid;transport=ws;alias=127.0.0.1~40000~5>`],
    ['Content-Type', 'application/sdp'],
  ];
}

/** Replaces (or, with undefined, removes) headers by name; names not present are appended. */
export function edit(headers: Headers, changes: Record<string, string | undefined>): Headers {
  const out: Headers = [];
  for (const [name, value] of headers) {
    if (!(name in changes)) out.push([name, value]);
    else if (changes[name] !== undefined && !out.some(([seen]) => seen === name)) {
      out.push([name, changes[name] as string]);
    }
  }
  for (const [name, value] of Object.entries(changes)) {
    if (value !== undefined && !headers.some(([seen]) => seen === name)) out.push([name, value]);
  }
  return out;
}

export function request(startLine: string, headers: Headers, body = ''): string {
  const length = new TextEncoder().encode(body).length;
  const lines = headers.map(([name, value]) => `${name}: ${value}`);
  const withLength = headers.some(([name]) => /^(content-length|l)$/i.test(name))
    ? lines
    : [...lines, `Content-Length: ${length}`];
  return [startLine, ...withLength, '', body].join('\r\n');
}

export const INVITE_LINE = 'INVITE sip:101@127.0.0.1:40001;transport=ws SIP/2.0';

export function invite(changes: Record<string, string | undefined> = {}, n = 1): string {
  return request(INVITE_LINE, edit(inviteHeaders(n), changes), SDP);
}

/** The lines of one message's head, for comparing headers in order. */
export function headLines(text: string): string[] {
  return text.split('\r\n\r\n')[0]?.split('\r\n') ?? [];
}

export function values(text: string, name: string): string[] {
  const prefix = `${name.toLowerCase()}:`;
  return headLines(text)
    .filter((line) => line.toLowerCase().startsWith(prefix))
    .map((line) => line.slice(prefix.length).trim());
}
