// The PBX WebSocket address in an autoconfiguration link, checked and made a full URL.
//
// The rule ({url1} and {url2} alike):
//   wss://host[:port][/path] or ws://host[:port][/path]   kept (scheme and host in lower case)
//   host[:port][/path]                                    becomes wss://host[:port][/path]
// host is a DNS name, a dotted IPv4 address or a bracketed IPv6 address; port is 1–65535; the
// path holds only [A-Za-z0-9._~/-]. Refused: any other scheme, user info (`user@host`), queries,
// fragments, whitespace, IPv4 octets with leading zeros, and names whose last label is a number
// (`5063`, `10.1`, `x.0x10`), which a browser reads as an IPv4 address: it would connect
// somewhere the confirmation did not show.

const SHAPE =
  /^(?:(wss?):\/\/)?([^/:[\]]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?(\/[A-Za-z0-9._~/-]*)?$/i;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const OCTET = '(0|[1-9][0-9]{0,2})';
const IPV4 = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);
// What a browser's URL parser takes for an IPv4 number when it ends a host name.
const NUMERIC_LABEL = /^([0-9]+|0x[0-9a-f]*)$/;
const IPV6 = /^\[[0-9a-f]*:[0-9a-f:.]*\]$/;

function isHost(host: string): boolean {
  if (IPV6.test(host)) return true;
  const ipv4 = IPV4.exec(host);
  if (ipv4) return ipv4.slice(1).every((octet) => Number(octet) <= 255);
  if (host.length > 253) return false;
  const labels = host.split('.');
  const last = labels[labels.length - 1] ?? '';
  return labels.every((label) => LABEL.test(label)) && !NUMERIC_LABEL.test(last);
}

/** The wss:// or ws:// URL for a link's url part, or undefined when it is not one. */
export function toPbxUrl(text: string): string | undefined {
  const match = SHAPE.exec(text);
  if (!match) return undefined;
  const [, scheme = 'wss', rawHost = '', port, path = ''] = match;
  const host = rawHost.toLowerCase();
  if (!isHost(host)) return undefined;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return undefined;
  return `${scheme.toLowerCase()}://${host}${port === undefined ? '' : `:${port}`}${path}`;
}
