// The OS's selected text, for the OS-wide dial key: PRIMARY on X11 and Wayland (what is
// highlighted, no copy needed); macOS and Windows have no such thing, so their clipboard.
import { execFile } from 'node:child_process';
import { MAX_LINK } from '../protocol/messages';
import { cut } from './execute';

export const SELECTION_TIMEOUT_MS = 2000;

export interface Reader {
  file: string;
  args: string[];
  /** For the detail when none of the readers is installed. */
  package: string;
}

/** The programs that can read the selection here, best first. Pure. */
export function selectionReaders(
  platform: NodeJS.Platform,
  vars: Readonly<Record<string, string | undefined>>,
): Reader[] {
  if (platform === 'darwin') return [{ file: 'pbpaste', args: [], package: 'pbpaste' }];
  if (platform === 'win32') {
    return [
      {
        file: 'powershell.exe',
        args: ['-NoProfile', '-NonInteractive', '-Command', 'Get-Clipboard -Raw'],
        package: 'PowerShell',
      },
    ];
  }
  const x11: Reader[] = [
    { file: 'xclip', args: ['-o', '-selection', 'primary'], package: 'xclip' },
    { file: 'xsel', args: ['-o', '-p'], package: 'xsel' },
  ];
  if (vars.WAYLAND_DISPLAY) {
    return [
      { file: 'wl-paste', args: ['--primary', '--no-newline'], package: 'wl-clipboard' },
      ...x11,
    ];
  }
  return x11;
}

export type Selection = { text: string | null; detail: string };

type Outcome =
  | { kind: 'missing' }
  | { kind: 'failed'; detail: string }
  | { kind: 'read'; text: string };

export async function readSelection(
  platform: NodeJS.Platform,
  vars: Readonly<Record<string, string | undefined>>,
): Promise<Selection> {
  const readers = selectionReaders(platform, vars);
  for (const reader of readers) {
    const outcome = await tryReader(reader);
    if (outcome.kind === 'missing') continue;
    if (outcome.kind === 'failed') return { text: null, detail: outcome.detail };
    const text = outcome.text.replace(/\r?\n$/, '');
    if (text.trim() === '') return { text: null, detail: 'nothing is selected' };
    return { text: cut(text, MAX_LINK), detail: `read with ${reader.file}` };
  }
  const names = [...new Set(readers.map((r) => r.package))].join(' or ');
  return { text: null, detail: `no program to read the selection: install ${names}` };
}

function tryReader(reader: Reader): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      reader.file,
      reader.args,
      {
        timeout: SELECTION_TIMEOUT_MS,
        killSignal: 'SIGKILL',
        maxBuffer: MAX_LINK * 8,
        encoding: 'utf8',
        windowsHide: true,
      },
      (error, stdout) => {
        if (error === null) return resolve({ kind: 'read', text: stdout });
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return resolve({ kind: 'missing' });
        if (error.killed)
          return resolve({ kind: 'failed', detail: `${reader.file} did not answer in time` });
        if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          // A huge selection is cut, as any longer link would be.
          return resolve({ kind: 'read', text: stdout });
        }
        // xclip and wl-paste exit non-zero when there is no selection at all.
        resolve({ kind: 'failed', detail: 'nothing is selected' });
      },
    );
  });
}
