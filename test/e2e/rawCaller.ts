// A raw SIP client registered as 100 through Kamailio, for sending hand-made INVITEs to a phone
// in Chromium, and the cancel that ends such a call once it rang.
import { expect } from 'vitest';
import { account, type Pbx } from './harness';
import type { PhonePage } from './phonePage';
import {
  ackFor,
  cancelFor,
  type OutgoingCall,
  register,
  responseTo,
  type SipHeaders,
  SipSocket,
} from './sipWire';

/** A change to a hand-made INVITE's headers (inviteEdited). */
export type Edit = (headers: SipHeaders) => SipHeaders;
export const keep: Edit = (headers) => headers;
export const setHeader =
  (name: string, value: string): Edit =>
  (headers) =>
    headers.map(([n, v]) => [n, n === name ? value : v]);
export const addHeader =
  (name: string, value: string): Edit =>
  (headers) => [...headers, [name, value]];

/** A quoted display name (RFC 3261 quoted-string): `"` and `\` escaped. */
const quoted = (name: string) => `"${name.replace(/["\\]/g, '\\$&')}"`;

/** The INVITE says it comes from `number` (percent-encoded in the URI) named `name`. */
export function callerIs(
  domain: string,
  caller: { number: string; name: string },
  callId: string,
): Edit {
  const identity = `${quoted(caller.name)} <sip:${encodeURIComponent(caller.number)}@${domain}>`;
  return (headers) =>
    addHeader('P-Asserted-Identity', identity)(setHeader('Call-ID', callId)(headers));
}

/** A raw SIP client on its own WebSocket, registered as `user` (100 unless told). */
export async function rawCaller(pbx: Pbx, user = '100'): Promise<SipSocket> {
  const sock = await SipSocket.open(pbx.url);
  expect((await register(sock, account(pbx, user), pbx.domain)).status).toBe(200);
  return sock;
}

/** Waits for `call` to ring on `phone` (at 101), cancels it, and waits until no call is shown. */
export async function ringsThenCancel(
  pbx: Pbx,
  sock: SipSocket,
  phone: PhonePage,
  call: OutgoingCall,
  from = '100',
): Promise<void> {
  await phone.waitForCallStatus(from, /Incoming call/);
  sock.send(cancelFor(call));
  const end = await sock.next(responseTo(call.callId, 'INVITE'), 5_000);
  expect(end.status).toBe(487);
  sock.send(ackFor(call, end, `sip:101@${pbx.domain}`));
  await expect.poll(() => phone.call(from).count(), { timeout: 10_000 }).toBe(0);
}
