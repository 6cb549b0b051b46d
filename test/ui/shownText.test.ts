// Caller text on screen: whitespace folded, controls visible, bidi kept inside its isolate.
import { describe, expect, it } from 'vitest';
import { isolated, quotedValue, shownText } from '../../src/ui/shownText';

describe('shownText', () => {
  it.each([
    ['Mario Rossi', 'Mario Rossi'],
    ['  Mario\t\t Rossi  ', 'Mario Rossi'],
    ['Mario\u00A0\u2003Rossi', 'Mario Rossi'],
    ['Bell\u0007Ring', 'Bell\uFFFDRing'],
    ['a\u0000b\nc\u009Fd', 'a\uFFFDb\uFFFDc\uFFFDd'],
    ['Evil\u202Eman', 'Evil\u202Eman'],
    ['\u2067عربي\u2069 ok', '\u2067عربي\u2069 ok'],
    ['\u2066a\u202Eb\u2069c', '\u2066a\u202Eb\u2069c'],
    ['end\u2069\u202Eevil', 'end\uFFFD\u202Eevil'],
    ['\u202C\u202Cx', '\u202C\u202Cx'],
    ['\u2066'.repeat(20), '\u2066'.repeat(16) + '\uFFFD'.repeat(4)],
    ['Zoë 😀 👨‍👩‍👧', 'Zoë 😀 👨‍👩‍👧'],
    ['+390212345678', '+390212345678'],
    ['   ', ''],
  ])('shows %j as %j', (text, shown) => {
    expect(shownText(text)).toBe(shown);
  });
});

describe('isolated', () => {
  it.each([
    ['Mario Rossi', 'Mario Rossi'],
    ['Evil\u202Eman', '\u2068Evil\u202Eman\u2069'],
    ['x\u2069\u202Ey', '\u2068x\uFFFD\u202Ey\u2069'],
    [' a\tb ', 'a b'],
    ['', ''],
  ])('puts %j in plain text as %j', (text, shown) => {
    expect(isolated(text)).toBe(shown);
  });
});

describe('quotedValue', () => {
  it.each([
    ['1;rm -rf ~', '"1;rm -rf ~"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['a\nb\u0000', '"a\\u{a}b\\u{0}"'],
    ['x\u202Ey', '"x\\u{202e}y"'],
    ['a\uD800b', '"a\\u{d800}b"'],
    ['😀', '"😀"'],
    ['x'.repeat(41), `"${'x'.repeat(40)}…"`],
    ['😀'.repeat(41), `"${'😀'.repeat(40)}…"`],
  ])('names %j as %s', (value, quoted) => {
    expect(quotedValue(value)).toBe(quoted);
  });
});
