import { describe, expect, it } from 'vitest';
import { splitWords } from '../../../bridge/host/words';

const words = (template: string) => {
  const split = splitWords(template);
  if (!split.ok) throw new Error(split.problem);
  return split.words;
};

describe('splitWords', () => {
  it('separates at any run of whitespace', () => {
    expect(words('  a\tb \n c  ')).toEqual(['a', 'b', 'c']);
  });

  it('groups with single quotes, keeping everything inside literal', () => {
    expect(words(`a 'b c' 'd\\e "f"'`)).toEqual(['a', 'b c', 'd\\e "f"']);
  });

  it('groups with double quotes, where only \\" and \\\\ are escapes', () => {
    expect(words(`"a b" "c\\"d" "e\\\\f" "g\\h"`)).toEqual(['a b', 'c"d', 'e\\f', 'g\\h']);
  });

  it('takes the character after a backslash as it is outside quotes', () => {
    expect(words('a\\ b c\\\'d \\"')).toEqual(['a b', "c'd", '"']);
  });

  it('joins quoted and bare pieces of one word', () => {
    expect(words(`--name="John Doe"x'y z'`)).toEqual(['--name=John Doexy z']);
  });

  it('keeps an empty quoted word as an argument of its own', () => {
    expect(words(`a '' "" b`)).toEqual(['a', '', '', 'b']);
  });

  it('reads nothing of the shell: ; | & $() and globs are plain text', () => {
    expect(words('a;b | c&&d $(e) `f` *.txt #g')).toEqual([
      'a;b',
      '|',
      'c&&d',
      '$(e)',
      '`f`',
      '*.txt',
      '#g',
    ]);
  });

  it.each([
    [`a 'b`, 'single quote'],
    [`a "b`, 'double quote'],
    [`a "b\\"`, 'double quote'],
    ['a \\', 'backslash'],
  ])('refuses %s (unbalanced)', (template, problem) => {
    const split = splitWords(template);
    expect(split.ok).toBe(false);
    if (!split.ok) expect(split.problem).toContain(problem);
  });
});
