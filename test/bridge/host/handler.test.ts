import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RUNNING, makeHandler } from '../../../bridge/host/handler';
import { appendLog, MAX_LOG_BYTES } from '../../../bridge/host/log';
import type { RunResult } from '../../../bridge/protocol/messages';

describe('makeHandler', () => {
  it('refuses a run past the number running at once, and takes them again after', async () => {
    const release: (() => void)[] = [];
    const handle = makeHandler({
      run: () =>
        new Promise<RunResult>((resolve) =>
          release.push(() =>
            resolve({ ok: true, exitCode: 0, signal: null, timedOut: false, output: '' }),
          ),
        ),
      selection: async () => ({ text: null, detail: 'nothing is selected' }),
    });
    const run = (id: number) =>
      handle({ v: 1, id, type: 'run', rule: 'r', event: 'TEST', values: {} });
    const running = Array.from({ length: MAX_RUNNING }, (_, i) => run(i + 1));
    expect(await run(99)).toEqual({
      v: 1,
      id: 99,
      type: 'ran',
      result: {
        ok: false,
        error: 'refused',
        detail: `${MAX_RUNNING} commands are running already`,
      },
    });
    for (const done of release) done();
    await Promise.all(running);
    const next = run(100);
    release.at(-1)?.();
    expect((await next).type).toBe('ran');
  });
});

describe('appendLog', () => {
  it('adds one line per call, hands over a full log to .1, never breaks a line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bridge-log-'));
    try {
      const path = join(dir, 'sub', 'bridge.log');
      appendLog(path, 'one\ntwo');
      expect(readFileSync(path, 'utf8')).toBe('one two\n');
      writeFileSync(path, 'x'.repeat(MAX_LOG_BYTES + 1));
      appendLog(path, 'fresh');
      expect(readFileSync(path, 'utf8')).toBe('fresh\n');
      expect(statSync(`${path}.1`).size).toBe(MAX_LOG_BYTES + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
