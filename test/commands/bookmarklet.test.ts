import { describe, expect, it, vi } from 'vitest';
import { linkFromLocation } from '../../src/browser/locationLink';
import { BOOKMARKLET_WINDOW, bookmarkletHref } from '../../src/commands/bookmarklet';
import { parseCommand } from '../../src/commands/parseCommand';
import { MAX_DIAL_TEXT } from '../../src/commands/voispeedCommand';

const ORIGIN = 'https://phone.example.com';

interface FakePage {
  selection?: string;
  field?: { value: string; selectionStart: number; selectionEnd: number };
}

/** Runs the bookmarklet as a browser would and returns the address it opens. */
function run(href: string, page: FakePage): { url: string; name: string } {
  expect(href.startsWith('javascript:')).toBe(true);
  // Browsers percent-decode a javascript: URL, then run it as a script.
  const source = decodeURIComponent(href.slice('javascript:'.length));
  const open = vi.fn();
  const window = { getSelection: () => ({ toString: () => page.selection ?? '' }), open };
  const document = { activeElement: page.field ?? null };
  new Function('window', 'document', source)(window, document);
  expect(open).toHaveBeenCalledTimes(1);
  const [url, name] = open.mock.calls[0] as [string, string];
  return { url, name };
}

/** What the app makes of the opened address: the S command's text, or the parser's error. */
function received(url: string): string {
  expect(url.startsWith(`${ORIGIN}/?uri=`)).toBe(true);
  const link = linkFromLocation(url);
  expect(link).toBeDefined();
  const result = parseCommand(link ?? '');
  if (!result.ok) return `error:${result.error.code}`;
  expect(result.command.kind).toBe('dial-text');
  return result.command.kind === 'dial-text' ? result.command.text : '';
}

describe('bookmarkletHref', () => {
  it.each([
    ['Tel. +39 02 6161 616 (office)', 'Tel. +39 02 6161 616 (office)'],
    ['  call\n\n101\tnow  ', 'call 101 now'],
    ['it\'s "101"', 'it\'s "101"'],
    ['</script><script>alert(1)</script> 101', '</script><script>alert(1)</script> 101'],
    ["'); alert(1); ('", "'); alert(1); ('"],
    ['101&uri=web+voispeed:C 999#x', '101&uri=web+voispeed:C 999#x'],
    ['50% off: 02 6161616', '50 off: 02 6161616'],
    ['%41%42 101', '41 42 101'],
    ['\u200e+39 02 6161616\u200f', '+39 02 6161616'],
    ['a\u0000b\u2028c 101', 'a b c 101'],
    ['ext. 204 ✓ Zürich', 'ext. 204 ✓ Zürich'],
  ])('the selection %j reaches the app as %j', (selection, text) => {
    const href = bookmarkletHref(ORIGIN) ?? '';
    const { url, name } = run(href, { selection });
    expect(name).toBe(BOOKMARKLET_WINDOW);
    expect(received(url)).toBe(text);
  });

  it('takes the text selected in a field before the page selection', () => {
    const field = { value: 'name: Ada, phone 0261616', selectionStart: 17, selectionEnd: 24 };
    const { url } = run(bookmarkletHref(ORIGIN) ?? '', { field, selection: 'other' });
    expect(received(url)).toBe('0261616');
  });

  it('sends an empty selection, which the app answers with its missing-number message', () => {
    const { url } = run(bookmarkletHref(ORIGIN) ?? '', { selection: '   ' });
    expect(received(url)).toBe('error:missing-number');
  });

  it('keeps a selection of MAX_DIAL_TEXT characters, and makes a longer one too long', () => {
    const href = bookmarkletHref(ORIGIN) ?? '';
    const most = `101${'x'.repeat(MAX_DIAL_TEXT - 3)}`;
    expect(received(run(href, { selection: most }).url)).toBe(most);
    const over = run(href, { selection: `101${'x'.repeat(MAX_DIAL_TEXT)}` }).url;
    expect(received(over)).toBe('error:too-long');
    // Cut near the end of a word-long text, the address stays short.
    expect(over.length).toBeLessThan(ORIGIN.length + 2100);
  });

  it('is plain printable ASCII with nothing left to break out of an attribute or a script', () => {
    const href = bookmarkletHref(ORIGIN) ?? '';
    expect(href).toMatch(/^javascript:[A-Za-z0-9%\-_.!~*'()]+$/);
    expect(href).not.toMatch(/[<>"\s]/);
  });

  it.each([['http://127.0.0.1:5173'], ['https://[::1]:8443'], ['https://phone.example.com']])(
    'builds for the origin %s',
    (origin) => {
      const href = bookmarkletHref(origin) ?? '';
      expect(run(href, { selection: '101' }).url).toBe(
        `${origin}/?uri=${encodeURIComponent('web+voispeed:S 101')}`,
      );
    },
  );

  it.each([
    ['null'],
    ['file://'],
    ['javascript:alert(1)'],
    ["https://x.example');alert(1);//"],
    ['https://a.example/path'],
    [''],
  ])('refuses the origin %j', (origin) => {
    expect(bookmarkletHref(origin)).toBeUndefined();
  });
});
