// Where a rule's request goes belongs to the rule: its scheme and server are read from the
// template as written, before any placeholder, so no caller value can choose them. Saving,
// importing and expanding all ask this one check.
import type { TemplatePart } from './template';

export type UrlTemplateError =
  /** scheme: what the template starts with ('javascript:'), '' when it names no scheme. */
  | { type: 'not-http-url'; scheme: string }
  /** placeholder: as written, `!01`; it stands where the scheme or the server name goes. */
  | { type: 'placeholder-in-address'; placeholder: string };

/** addressLength: how much of the first text part is `scheme://server`; the path starts there. */
export type UrlTemplateCheck =
  | { ok: true; addressLength: number }
  | { ok: false; error: UrlTemplateError };

// `http://` or `https://` spelt out (URL parsers also take `http:/x` or `//x`, which hide where a
// request goes), a server, then `/`, `?`, `#` or `\` (read as `/`) or the end of the template.
const ADDRESS = /^ *(https?:\/\/[^/?#\\\s]+)(?=[/?#\\]|$)/i;
// A start that a placeholder could still turn into an address: `http`, `https:/`, `http://crm.`.
const UNFINISHED = /^ *(?:h|ht|htt|https?|https?:|https?:\/|https?:\/\/[^/?#\\\s]*)?$/i;
const SCHEME = /^[ \t\n\r]*([A-Za-z][A-Za-z0-9+.\t\n\r-]*):/;

export function checkUrlTemplate(parts: readonly TemplatePart[]): UrlTemplateCheck {
  const first = parts[0];
  const head = first?.type === 'text' ? first.text : '';
  const next = parts[first?.type === 'text' ? 1 : 0];
  const address = ADDRESS.exec(head);
  // The server ends inside the text, or the template is that text alone.
  if (address && (address[0].length < head.length || next === undefined)) {
    return validServer(address[1] ?? '')
      ? { ok: true, addressLength: address[0].length }
      : refuse({ type: 'not-http-url', scheme: schemeOf(head) });
  }
  if (next?.type === 'placeholder' && UNFINISHED.test(head)) {
    return refuse({ type: 'placeholder-in-address', placeholder: next.label });
  }
  return refuse({ type: 'not-http-url', scheme: schemeOf(head) });
}

/** A server the URL parser takes as it is written: a host name, an IP, a port, user info. */
function validServer(address: string): boolean {
  try {
    return new URL(address).hostname !== '';
  } catch {
    return false;
  }
}

/** The scheme as the browser would read it (it drops tabs and line breaks), '' when none. */
function schemeOf(text: string): string {
  const scheme = SCHEME.exec(text)?.[1];
  return scheme
    ? `${scheme
        .replace(/[\t\n\r]/g, '')
        .toLowerCase()
        .slice(0, 40)}:`
    : '';
}

function refuse(error: UrlTemplateError): { ok: false; error: UrlTemplateError } {
  return { ok: false, error };
}
