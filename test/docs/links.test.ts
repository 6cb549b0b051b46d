// The repository stands on its own: every relative link in its Markdown leads to a file or folder
// in it (and to a heading there, for `#section`), and every `docs/…` path a source file cites
// exists. The files are the repository's as git lists them: tracked, plus new ones not ignored
// (so a document not yet committed is checked too, and nothing in dist/ or node_modules/ counts).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  anchorsIn,
  brokenDocCitations,
  brokenLinks,
  linksIn,
  type Repo,
  slugOf,
} from './markdownLinks';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function gitFiles(): string[] {
  const out = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  // A file deleted in the work tree but not yet in the index is gone all the same.
  return out.split('\0').filter((path) => path !== '' && existsSync(`${ROOT}${path}`));
}

const repo: Repo = {
  files: gitFiles(),
  // A file another test made for a moment (a lint probe) may be gone by the time it is read.
  read: (path) => {
    try {
      return readFileSync(`${ROOT}${path}`, 'utf8');
    } catch {
      return '';
    }
  },
};

/** A made-up repository, to show what the check refuses. */
function fake(files: Record<string, string>): Repo {
  return { files: Object.keys(files), read: (path) => files[path] ?? '' };
}

describe('the repository', () => {
  it('is listed by git, Markdown included', () => {
    expect(repo.files).toContain('README.md');
    expect(repo.files.some((f) => f.startsWith('node_modules/'))).toBe(false);
  });

  it('has no relative link in its Markdown that leads nowhere', () => {
    expect(brokenLinks(repo)).toEqual([]);
  });

  it('cites only docs/ files that exist', () => {
    expect(brokenDocCitations(repo)).toEqual([]);
  });
});

describe('the link check', () => {
  const docs = {
    'README.md': [
      '# Phone',
      'See [the guide](docs/guide.md), [its setup](docs/guide.md#set-up-a-pbx), [src](src/),',
      '![shot](docs/shot.png), [here](#phone), <https://example.com>, [web](https://x.example/a).',
    ].join('\n'),
    'docs/guide.md': '# Guide\n\n## Set up a `PBX`\n\n[back](../README.md#phone)\n',
    'docs/shot.png': '',
    'src/main.ts': '// See docs/guide.md#set-up-a-pbx and docs/guide.md.',
  };

  it('passes links to files, folders and headings in the repository', () => {
    expect(brokenLinks(fake(docs))).toEqual([]);
    expect(brokenDocCitations(fake(docs))).toEqual([]);
  });

  it.each([
    ['a missing file', '[x](docs/missing.md)', 'is not a file or folder in the repository'],
    ['a path outside the repository', '[x](../other/a.md)', 'points outside the repository'],
    ['a missing heading', '[x](docs/guide.md#no-such-part)', 'has no heading #no-such-part'],
    ['a missing heading here', '[x](#nowhere)', 'has no heading #nowhere'],
    ['a reference definition', '[x]: docs/gone.md', 'is not a file or folder in the repository'],
    ['an HTML image', '<img src="docs/gone.png">', 'is not a file or folder in the repository'],
  ])('refuses %s', (_name, line, why) => {
    const repo = fake({ ...docs, 'NOTES.md': `# Notes\n\n${line}\n` });
    expect(brokenLinks(repo)).toEqual([
      { file: 'NOTES.md', line: 3, target: expect.any(String), why },
    ]);
  });

  it('refuses a docs/ path cited in a source file that does not exist', () => {
    const repo = fake({ ...docs, 'src/x.ts': 'const a = 1;\n// As docs/gone.md says.\n' });
    expect(brokenDocCitations(repo)).toEqual([
      { file: 'src/x.ts', line: 2, target: 'docs/gone.md', why: expect.any(String) },
    ]);
  });

  it('does not read code as links', () => {
    const markdown = '```md\n[x](nowhere.md)\n```\n`[y](nowhere.md)` <!-- [z](gone.md) -->';
    expect(linksIn(markdown)).toEqual([]);
  });

  it('names headings as GitHub does', () => {
    expect(slugOf('`?uri=` on the address')).toBe('uri-on-the-address');
    expect(slugOf('Integra: the phone and your CRM')).toBe('integra-the-phone-and-your-crm');
    expect(slugOf('tel and callto')).toBe('tel-and-callto');
    expect([...anchorsIn('# A\n## A\n```\n# not a heading\n```\n')]).toEqual(['a', 'a-1']);
  });
});
