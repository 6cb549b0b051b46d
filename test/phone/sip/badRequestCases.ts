// Incoming messages the phone must not hand to JsSIP, with the one answer each must get, and
// well-formed ones (some unusual) that must pass untouched. Shared by the screen's tests.
import { edit, invite, inviteHeaders, request, SDP } from './rawSip';

export interface Answered {
  name: string;
  text: string;
  status: number;
  reason: string;
}

const bad = (name: string, text: string, reason: string, status = 400): Answered => ({
  name,
  text,
  status,
  reason,
});
const badCallId = (chars: string) =>
  bad(`a Call-ID with ${chars}`, invite({ 'Call-ID': `a${chars}b@h` }), 'Bad Call-ID');
const missing = (name: string) =>
  bad(`no ${name}`, invite({ [name]: undefined }), `Missing ${name}`);
const inDialog = (method: string, changes: Record<string, string | undefined>) =>
  request(
    `${method} sip:101@127.0.0.1:40001;transport=ws SIP/2.0`,
    edit(inviteHeaders(), { CSeq: `3 ${method}`, 'Content-Type': undefined, ...changes }),
  );

export const ANSWERED: Answered[] = [
  ...['&', '#', '$', ';', '😀', ',', '=', ' '].map(badCallId),
  bad('an empty Call-ID', invite({ 'Call-ID': '' }), 'Bad Call-ID'),
  bad('a compact Call-ID with &', invite({ 'Call-ID': undefined, i: 'x&y' }), 'Bad Call-ID'),
  bad('binary junk in the Call-ID', invite({ 'Call-ID': 'a\u0000\u00ff\ufffdb' }), 'Bad Call-ID'),
  bad(
    'a From user with backticks',
    invite({ From: '<sip:`id`@voispeed.local>;tag=1' }),
    'Bad From',
  ),
  bad(
    'a From URI parameter with backticks',
    invite({ From: '<sip:100@h;x=`y`>;tag=1' }),
    'Bad From',
  ),
  bad('an unquoted non-ASCII display name', invite({ From: 'Zoë <sip:100@h>;tag=1' }), 'Bad From'),
  bad('an empty From tag', invite({ From: '<sip:100@voispeed.local>;tag=' }), 'Bad From'),
  bad('a tel: From', invite({ From: '<tel:+390212345>;tag=1' }), 'Unsupported URI Scheme', 416),
  bad('a tel: To', invite({ To: '<tel:+390212345>' }), 'Unsupported URI Scheme', 416),
  bad('a To that is no address', invite({ To: 'nobody' }), 'Bad To'),
  bad('a Via that is no Via', invite({ Via: 'garbage' }), 'Bad Via'),
  bad('a CSeq without a number', invite({ CSeq: 'x INVITE' }), 'Bad CSeq'),
  bad('a CSeq naming another method', invite({ CSeq: '2 BYE' }), 'Bad CSeq'),
  bad(
    'a Content-Length that is no number',
    invite({ 'Content-Length': 'abc' }),
    'Bad Content-Length',
  ),
  bad('a negative Content-Length', invite({ 'Content-Length': '-1' }), 'Bad Content-Length'),
  bad('a Content-Length past the body', invite({ 'Content-Length': '5000' }), 'Bad Content-Length'),
  bad(
    'a Content-Type that is no media type',
    invite({ 'Content-Type': 'sdp' }),
    'Bad Content-Type',
  ),
  bad('a Max-Forwards that is no number', invite({ 'Max-Forwards': 'x' }), 'Bad Max-Forwards'),
  bad('a Contact that is no address', invite({ Contact: 'garbage<' }), 'Bad Contact'),
  bad('a star Contact (JsSIP throws)', invite({ Contact: '*' }), 'Bad Contact'),
  bad('a mailto: Contact', invite({ Contact: '<mailto:a@b>' }), 'Bad Contact'),
  bad('a broken Record-Route', invite({ 'Record-Route': '<sip:a' }), 'Bad Record-Route'),
  bad('a broken Event', invite({ Event: '??' }), 'Bad Event'),
  bad('a broken Session-Expires', invite({ 'Session-Expires': 'soon' }), 'Bad Session-Expires'),
  bad('a broken Refer-To', invite({ 'Refer-To': '<' }), 'Bad Refer-To'),
  ...['Via', 'From', 'To', 'Call-ID', 'CSeq', 'Contact'].map(missing),
  bad(
    'a tel: Request-URI (JsSIP throws)',
    request('INVITE tel:101 SIP/2.0', inviteHeaders(), SDP),
    'Unsupported URI Scheme',
    416,
  ),
  bad(
    'an unreadable Request-URI',
    request('INVITE <101> SIP/2.0', inviteHeaders(), SDP),
    'Bad Request-Line',
  ),
  bad('lines ending in LF only', invite().replace(/\r\n/g, '\n'), 'Bad Request'),
  bad('no empty line after the headers', invite().split('\r\n\r\n')[0] ?? '', 'Bad Request'),
  bad('a CANCEL with a bad Call-ID', inDialog('CANCEL', { 'Call-ID': 'a&b' }), 'Bad Call-ID'),
  bad('a BYE with a bad From', inDialog('BYE', { From: '<sip:`x`@h>;tag=1' }), 'Bad From'),
  bad('an OPTIONS without CSeq', inDialog('OPTIONS', { CSeq: undefined }), 'Missing CSeq'),
  bad('a MESSAGE with a bad To', inDialog('MESSAGE', { To: '<sip:101@h;x=`>' }), 'Bad To'),
];

/** Dropped without an answer: ACKs are never answered, nor are responses or non-SIP data. */
export const DROPPED: { name: string; text: string }[] = [
  { name: 'an ACK with a bad Call-ID', text: inDialog('ACK', { 'Call-ID': 'a&b' }) },
  { name: 'an ACK without CSeq', text: inDialog('ACK', { CSeq: undefined }) },
  { name: 'an ACK whose CSeq names INVITE', text: inDialog('ACK', { CSeq: '2 INVITE' }) },
  { name: 'an ACK with a star Contact', text: inDialog('ACK', { Contact: '*' }) },
  { name: 'a 200 with a bad CSeq (JsSIP throws)', text: response('200 OK', { CSeq: 'x' }) },
  { name: 'a 180 without Call-ID', text: response('180 Ringing', { 'Call-ID': undefined }) },
  { name: 'a 486 with a bad Call-ID', text: response('486 Busy Here', { 'Call-ID': 'a&b' }) },
  { name: 'a response without a reason phrase', text: response('200', {}) },
  { name: 'an empty message', text: '' },
  { name: 'a word', text: 'hello' },
  { name: 'binary junk', text: '\u0000\u0001\u00ff\ufffd\u0002 junk' },
  { name: 'binary junk with CRLFs', text: '\u0000\u0001\r\n\u00ff\ufffd\r\n\r\n' },
  { name: 'an HTTP request', text: 'GET / HTTP/1.1\r\nHost: x\r\n\r\n' },
];

function response(status: string, changes: Record<string, string | undefined>): string {
  const headers = edit(inviteHeaders(), { 'Record-Route': undefined, Via: undefined, ...changes });
  return request(`SIP/2.0 ${status}`, [
    ['Via', 'SIP/2.0/WS a.invalid;branch=z9hG4bKx'],
    ...headers,
  ]);
}

const LONG_CALL_ID = `${'a-.!%*_+`\'~()<>:\\"/[]?{}'.repeat(40)}@${'h'.repeat(200)}`;

/** Well-formed, some of them unusual: JsSIP gets them untouched. */
export const PASSED: { name: string; text: string }[] = [
  { name: 'a plain INVITE', text: invite() },
  {
    name: 'a 1,200-character Call-ID of every allowed character',
    text: invite({ 'Call-ID': LONG_CALL_ID }),
  },
  {
    name: 'a quoted display name in Unicode',
    text: invite({ From: '"Zoë Ærø 日本 ☎ 😀" <sip:100@h>;tag=1' }),
  },
  {
    name: 'a display name with escaped quotes',
    text: invite({ From: '"A \\"B\\" C" <sip:100@h>;tag=1' }),
  },
  { name: 'a From without a tag', text: invite({ From: '<sip:100@voispeed.local>' }) },
  {
    name: 'compact header names',
    text: invite({
      From: undefined,
      To: undefined,
      'Call-ID': undefined,
      Contact: undefined,
    }).replace(
      'CSeq:',
      'f: <sip:100@h>;tag=1\r\nt: <sip:101@h>\r\ni: c1@h\r\nm: <sip:c@h>\r\nCSeq:',
    ),
  },
  { name: 'a folded header', text: invite({ Subject: 'a\r\n b' }) },
  {
    name: 'a re-INVITE without Contact',
    text: invite({ To: '<sip:101@h>;tag=t1', Contact: undefined }),
  },
  {
    name: 'a sips: Request-URI (JsSIP answers 416)',
    text: request('INVITE sips:101@h SIP/2.0', inviteHeaders(), SDP),
  },
  { name: 'an ACK', text: inDialog('ACK', {}) },
  { name: 'a BYE', text: inDialog('BYE', { To: '<sip:101@h>;tag=t1' }) },
  { name: 'an OPTIONS', text: inDialog('OPTIONS', {}) },
  { name: 'a 200 OK', text: response('200 OK', {}) },
  { name: 'a keepalive', text: '\r\n\r\n' },
  { name: 'a keepalive answer', text: '\r\n' },
];
