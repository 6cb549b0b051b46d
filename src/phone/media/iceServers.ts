// The account's STUN and TURN servers as the browser takes them. A TURN server wants a user name
// and a password; the account's list carries them in the address, turn:USER:PASSWORD@HOST:PORT,
// a form browsers refuse, so they move into the server entry's username and credential.

/** stun:HOST[:PORT], turn:[USER:PASSWORD@]HOST[:PORT][?transport=udp|tcp], and the s forms. */
const ICE_URL =
  /^(?:(stuns?):|(turns?):(?:([^\s:@/?]+):([^\s@/?]+)@)?)([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?(\?transport=(?:udp|tcp))?$/;

function decoded(part: string | undefined): string | undefined {
  if (part === undefined) return undefined;
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** The server entry for one URL of the list, or undefined for one the browser would refuse. */
export function rtcIceServer(url: string): RTCIceServer | undefined {
  const match = ICE_URL.exec(url);
  if (!match) return undefined;
  const [, stun, turn, user, password, host = '', port = '', query = ''] = match;
  const scheme = stun ?? turn;
  const server = { urls: `${scheme}:${host}${port}${query}` };
  if (user === undefined) return server;
  const username = decoded(user);
  const credential = decoded(password);
  if (username === undefined || credential === undefined) return undefined;
  return { ...server, username, credential };
}

export function isIceServerUrl(url: string): boolean {
  return rtcIceServer(url) !== undefined;
}

/** Whether the list names a TURN server, the only kind that can carry the media. */
export function hasTurnServer(urls: readonly string[]): boolean {
  return urls.some((url) => /^turns?:/i.test(url) && isIceServerUrl(url));
}
