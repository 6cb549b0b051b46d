// The folder rules of docs/architecture.md are lint rules; each is proven here by a probe that
// must fail: a small file with the forbidden import, written into the folder for the moment
// Biome reads it, and the same import where it is allowed, which must pass.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIOME = join(ROOT, 'node_modules', '.bin', 'biome');

/** Biome's lint verdict on `source` placed at `folder/zzLayeringProbe.ts`, and its words. */
function lint(folder: string, source: string): { ok: boolean; output: string } {
  const file = join(ROOT, folder, 'zzLayeringProbe.ts');
  writeFileSync(file, source);
  try {
    const run = spawnSync(BIOME, ['lint', '--colors=off', file], { cwd: ROOT, encoding: 'utf8' });
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(file, { force: true });
  }
}

const use = (statement: string) => `${statement}\n\nexport const probe = used;\n`;

const RULES: {
  rule: string;
  forbidden: [folder: string, source: string][];
  allowed: [folder: string, source: string][];
}[] = [
  {
    rule: 'Only src/phone/sip imports jssip',
    forbidden: [
      ['src/phone', use("import { UA as used } from 'jssip';")],
      ['src/ui', use("import { UA as used } from 'jssip';")],
      ['src/app', use("import { UA as used } from 'jssip';")],
      ['src/store', use("import { UA as used } from 'jssip';")],
    ],
    allowed: [['src/phone/sip', use("import { UA as used } from 'jssip';")]],
  },
  {
    rule: 'Only src/storage imports idb',
    forbidden: [
      ['src/app', use("import { openDB as used } from 'idb';")],
      ['src/ui', use("import { openDB as used } from 'idb';")],
      ['src/phone/sip', use("import { openDB as used } from 'idb';")],
    ],
    allowed: [['src/storage', use("import { openDB as used } from 'idb';")]],
  },
  {
    rule: 'The UI never imports the app',
    forbidden: [
      ['src/ui', use("import { createApp as used } from '../app/createApp';")],
      ['src/ui/integra', use("import { createApp as used } from '../../app/createApp';")],
    ],
    allowed: [['src/ui', use("import { usePhoneStore as used } from '../store/phoneStore';")]],
  },
  {
    rule: 'Stores never import browser modules',
    forbidden: [['src/store', use("import { openPop as used } from '../browser/popup';")]],
    allowed: [['src/app', use("import { openPop as used } from '../browser/popup';")]],
  },
  {
    rule: 'The core has no React, stores, UI or app',
    forbidden: [
      ['src/phone', use("import { useState as used } from 'react';")],
      ['src/integra', use("import { create as used } from 'zustand';")],
      ['src/numbers', use("import { usePhoneStore as used } from '../store/phoneStore';")],
      ['src/commands', use("import { App as used } from '../ui/App';")],
      ['src/hotkeys', use("import { createApp as used } from '../app/createApp';")],
      ['src/phone/media', use("import { useState as used } from 'react';")],
      ['src/actions', use("import { usePhoneStore as used } from '../store/phoneStore';")],
    ],
    allowed: [['src/ui', use("import { useState as used } from 'react';")]],
  },
];

describe('folder rules', () => {
  for (const { rule, forbidden, allowed } of RULES) {
    it(`${rule}: each probe is refused where the rule forbids it, and passes where it allows`, () => {
      for (const [folder, source] of forbidden) {
        const verdict = lint(folder, source);
        expect(verdict.ok, `${folder}: ${source}`).toBe(false);
        expect(verdict.output).toContain('noRestrictedImports');
        expect(verdict.output).toContain('docs/architecture.md');
      }
      for (const [folder, source] of allowed) {
        const verdict = lint(folder, source);
        expect(verdict.ok, `${folder}: ${source}\n${verdict.output}`).toBe(true);
      }
    });
  }
});
