// The "Call selection" bookmarklet: a `javascript:` link the user drags to the bookmarks bar. On
// any page it takes the selected text and opens this app at `/?uri=web+voispeed:S <text>` in a
// small window, where the S command finds the number (docs/links.md; no extension needed).
//
// The selection is read when the bookmark runs and leaves only through encodeURIComponent, so
// quotes, newlines or `</script>` in it stay data. The code itself is percent-encoded whole,
// because browsers percent-decode a `javascript:` URL before running it.
import { MAX_DIAL_TEXT } from './voispeedCommand';

// An origin as location.origin gives it: scheme, host (name, IPv4 or [IPv6]) and maybe a port.
const ORIGIN = /^https?:\/\/(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?$/;

/** The popup's window name: a second use reuses the window instead of opening another. */
export const BOOKMARKLET_WINDOW = 'voispeed-call';

// Runs on the user's page, so plain ES5 with nothing from this app. The text is cleaned the way
// the link parser wants it: invisible format marks (common around numbers on web pages) go,
// line breaks and control characters become spaces (the parser refuses them), and '%' becomes a
// space (the parser refuses a literal '%', which would read as a link encoded twice).
// Longer than MAX_DIAL_TEXT, the text is cut one character over, so the app says it is too long
// instead of dialling from half a page.
function code(origin: string): string {
  return [
    '(function(){',
    "var a=document.activeElement,s='';",
    "try{if(a&&typeof a.selectionStart=='number'&&a.selectionEnd>a.selectionStart)",
    's=String(a.value).slice(a.selectionStart,a.selectionEnd)}catch(e){}',
    "if(!s)s=String(window.getSelection()||'');",
    "s=s.replace(/[\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]/g,'')",
    ".replace(/[\\s\\u0000-\\u001f\\u007f-\\u009f%]+/g,' ').replace(/^ | $/g,'');",
    `if(s.length>${MAX_DIAL_TEXT})s=s.slice(0,${MAX_DIAL_TEXT})+'_';`,
    `window.open(${JSON.stringify(origin)}+'/?uri='+encodeURIComponent('web+voispeed:S '+s),`,
    `'${BOOKMARKLET_WINDOW}','popup,width=420,height=360')`,
    '})()',
  ].join('');
}

/** The bookmarklet's href for the app at `origin`; undefined when that is no http(s) origin. */
export function bookmarkletHref(origin: string): string | undefined {
  if (typeof origin !== 'string' || !ORIGIN.test(origin)) return undefined;
  return `javascript:${encodeURIComponent(code(origin))}`;
}
