// Reads the links out of Markdown and says which relative ones lead nowhere: a file that is not in
// the repository, a path outside it, or a `#section` that the target has no heading for. Also
// finds the `docs/…` paths that source files cite. Pure: the repository is handed in as a list of
// files and a reader, so the rules are tested on made-up files too (links.test.ts).
import { posix } from 'node:path';

/** The repository: its files (paths from the root, `/`-separated) and how to read one. */
export interface Repo {
  files: readonly string[];
  read(path: string): string;
}

export interface BrokenLink {
  /** The file with the link, and its line (1-based). */
  file: string;
  line: number;
  target: string;
  why: string;
}

/**
 * Markdown's lines without what is not read as links: fenced code blocks, HTML comments and, unless
 * `keepCode` (headings keep theirs in the anchor), code spans.
 */
function prose(markdown: string, keepCode = false): string[] {
  let fence: string | undefined;
  const noComments = markdown.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  return noComments.split('\n').map((line) => {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      const closes = opening !== undefined && opening[0] === fence[0];
      if (closes && opening.length >= fence.length) fence = undefined;
      return '';
    }
    if (opening !== undefined) {
      fence = opening;
      return '';
    }
    return keepCode ? line : line.replace(/(`+)[\s\S]*?\1/g, (code) => ' '.repeat(code.length));
  });
}

/** Every link target with its line: `[text](target)`, `![alt](src)`, `[id]: target`, href/src. */
export function linksIn(markdown: string): { line: number; target: string }[] {
  const found: { line: number; target: string }[] = [];
  prose(markdown).forEach((text, i) => {
    const add = (target: string | undefined) => {
      if (target) found.push({ line: i + 1, target });
    };
    for (const m of text.matchAll(/\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g)) {
      add(m[1]?.replace(/^<|>$/g, ''));
    }
    add(/^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/.exec(text)?.[1]);
    for (const m of text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/gi)) add(m[1]);
  });
  return found;
}

/** The anchors GitHub gives a Markdown file's headings (and explicit `id`/`name` attributes). */
export function anchorsIn(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of prose(markdown, true)) {
    for (const m of line.matchAll(/<a\s[^>]*\b(?:id|name)\s*=\s*["']([^"']+)["']/gi)) {
      if (m[1]) anchors.add(m[1]);
    }
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const slug = slugOf(heading);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** GitHub's heading anchor: the text as shown, lower case, punctuation dropped, spaces to `-`. */
export function slugOf(heading: string): string {
  const shown = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*~]/g, '');
  return shown
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Why a link from `file` to `target` leads nowhere, or undefined when it is fine or not ours. */
export function checkTarget(repo: Repo, file: string, target: string): string | undefined {
  if (SCHEME.test(target) || target.startsWith('//')) return undefined;
  const hashAt = target.indexOf('#');
  const rawPath = hashAt < 0 ? target : target.slice(0, hashAt);
  const anchor = hashAt < 0 ? undefined : target.slice(hashAt + 1);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath.split('?')[0] ?? '');
  } catch {
    return 'is not a valid URL path';
  }
  let path = file;
  if (decoded !== '') {
    const joined = decoded.startsWith('/')
      ? posix.normalize(decoded.slice(1))
      : posix.join(posix.dirname(file), decoded);
    path = posix.normalize(joined).replace(/\/$/, '');
    if (path === '..' || path.startsWith('../')) return 'points outside the repository';
  }
  const isFile = repo.files.includes(path);
  const isFolder = path === '.' || repo.files.some((f) => f.startsWith(`${path}/`));
  if (!isFile && !isFolder) return 'is not a file or folder in the repository';
  if (anchor === undefined || anchor === '') return undefined;
  if (!isFile || !path.toLowerCase().endsWith('.md')) return undefined;
  const wanted = decodeURIComponent(anchor).toLowerCase();
  return anchorsIn(repo.read(path)).has(wanted) ? undefined : `has no heading #${anchor}`;
}

/** Every relative link of every Markdown file that leads nowhere. */
export function brokenLinks(repo: Repo): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const file of repo.files.filter((f) => /\.md$/i.test(f))) {
    for (const { line, target } of linksIn(repo.read(file))) {
      const why = checkTarget(repo, file, target);
      if (why) broken.push({ file, line, target, why });
    }
  }
  return broken;
}

/** Files whose text may cite the documentation: source, scripts, configuration. */
const SOURCE = /\.(?:[cm]?[jt]sx?|d\.mts|json|webmanifest|html|css|cfg|ya?ml|sh)$|(?:^|\/)run$/;

/**
 * `docs/…` paths (with an optional `#section`) that source files cite and that lead nowhere. The
 * check's own folder is left out: its tests cite missing files on purpose.
 */
export function brokenDocCitations(repo: Repo): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const sources = repo.files.filter(
    (f) => SOURCE.test(f) && !f.endsWith('package-lock.json') && !f.startsWith('test/docs/'),
  );
  for (const file of sources) {
    repo
      .read(file)
      .split('\n')
      .forEach((text, i) => {
        for (const m of text.matchAll(/(?<![\w./@-])docs\/[\w./-]*[\w-](?:#[\w-]+)?/g)) {
          const target = m[0];
          const why = checkTarget(repo, '', `/${target}`);
          if (why) broken.push({ file, line: i + 1, target, why });
        }
      });
  }
  return broken;
}
