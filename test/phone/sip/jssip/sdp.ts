// The one SDP both ends use, differing only in the audio direction: enough for JsSIP's offer and
// answer logic and its hold detection (sdp-transform parses and rewrites it).

export type Direction = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

export function sdp(direction: Direction = 'sendrecv', version = 1): string {
  return [
    'v=0',
    `o=- 4242 ${version} IN IP4 127.0.0.1`,
    's=-',
    't=0 0',
    'm=audio 9 UDP/TLS/RTP/SAVPF 111',
    'c=IN IP4 0.0.0.0',
    'a=rtpmap:111 opus/48000/2',
    `a=${direction}`,
    '',
  ].join('\r\n');
}

export function directionOf(text: string): Direction {
  const found = /a=(sendrecv|sendonly|recvonly|inactive)/.exec(text)?.[1];
  return (found ?? 'sendrecv') as Direction;
}

/** What an answerer that is willing to send and receive makes of an offer's direction. */
export function answering(offer: Direction): Direction {
  if (offer === 'sendonly') return 'recvonly';
  if (offer === 'recvonly') return 'sendonly';
  return offer;
}
