import { describe, expect, it } from 'vitest';
import { checkConfig, parseConfig } from '../../../bridge/host/config';

const good = () => ({
  version: 1,
  appUrl: 'https://phone.example.com/',
  extensions: {
    chromium: ['fhfkpgilldaenfbobfpehcccnggfkhmo'],
    firefox: ['bridge@voispeed.example'],
  },
  rules: [
    {
      id: 'crm-log',
      command: '/usr/local/bin/crm-log --number !01 --name=!{display_name}',
      timeoutSeconds: 10,
      shell: false,
    },
  ],
});

function problem(
  mutate: (config: ReturnType<typeof good> & Record<string, unknown>) => void,
): string {
  const config = good() as ReturnType<typeof good> & Record<string, unknown>;
  mutate(config);
  const checked = checkConfig(config);
  if (checked.ok) throw new Error('accepted');
  return `${checked.field} ${checked.problem}`;
}

describe('checkConfig', () => {
  it('accepts a good file, and fills in a rule’s optional fields', () => {
    expect(checkConfig(good())).toEqual({ ok: true, value: good() });
    const bare = { ...good(), appUrl: '', rules: [{ id: 'a', command: 'prog' }] };
    const checked = checkConfig(bare);
    expect(checked.ok && checked.value.rules[0]).toEqual({
      id: 'a',
      command: 'prog',
      timeoutSeconds: 10,
      shell: false,
    });
  });

  it('refuses every bad field, naming it', () => {
    expect(problem((c) => Object.assign(c, { version: 2 }))).toBe('version must be 1');
    expect(problem((c) => Object.assign(c, { appUrl: 'http://phone.example.com/' }))).toMatch(
      /^appUrl/,
    );
    expect(problem((c) => Object.assign(c, { appUrl: 'https://u:p@phone.example.com/' }))).toMatch(
      /^appUrl/,
    );
    expect(problem((c) => Object.assign(c, { appUrl: 'not a url' }))).toMatch(/^appUrl/);
    expect(problem((c) => c.extensions.chromium.push('Not-An-Id'))).toMatch(
      /^extensions\.chromium\[1\]/,
    );
    expect(problem((c) => c.extensions.firefox.push('no id'))).toMatch(/^extensions\.firefox\[1\]/);
    expect(problem((c) => Object.assign(c.rules[0] ?? {}, { id: '-x' }))).toBe(
      'rules[0].id has a bad form',
    );
    expect(problem((c) => Object.assign(c.rules[0] ?? {}, { timeoutSeconds: 0 }))).toMatch(
      /^rules\[0\]\.timeoutSeconds/,
    );
    expect(problem((c) => Object.assign(c.rules[0] ?? {}, { timeoutSeconds: 301 }))).toMatch(
      /^rules\[0\]\.timeoutSeconds/,
    );
    expect(problem((c) => Object.assign(c.rules[0] ?? {}, { timeoutSeconds: 1.5 }))).toMatch(
      /^rules\[0\]\.timeoutSeconds/,
    );
    expect(problem((c) => Object.assign(c.rules[0] ?? {}, { shell: 'yes' }))).toMatch(
      /^rules\[0\]\.shell/,
    );
    expect(problem((c) => Object.assign(c.rules[0] ?? {}, { command: 'x'.repeat(4001) }))).toBe(
      'rules[0].command is longer than 4000',
    );
    expect(problem((c) => Object.assign(c.rules[0] ?? {}, { command: "prog 'open" }))).toMatch(
      /^rules\[0\]\.command .*single quote/,
    );
    expect(problem((c) => Object.assign(c.rules[0] ?? {}, { command: 'prog !{nope}' }))).toMatch(
      /^rules\[0\]\.command .*!\{nope\}/,
    );
    expect(problem((c) => Object.assign(c.rules[0] ?? {}, { command: '!01' }))).toMatch(
      /^rules\[0\]\.command .*program/,
    );
    expect(problem((c) => Object.assign(c, { rules: {} }))).toBe('rules must be a list');
  });

  it('refuses unknown fields at every level', () => {
    expect(problem((c) => Object.assign(c, { extra: 1 }))).toBe('extra is not a known field');
    expect(problem((c) => Object.assign(c.extensions, { safari: [] }))).toBe(
      'extensions.safari is not a known field',
    );
    expect(problem((c) => Object.assign(c.rules[0] ?? {}, { cwd: '/' }))).toBe(
      'rules[0].cwd is not a known field',
    );
  });

  it('refuses a repeated rule id', () => {
    expect(problem((c) => c.rules.push({ ...(c.rules[0] as (typeof c.rules)[0]) }))).toBe(
      'rules[1].id repeats the id crm-log',
    );
  });
});

describe('parseConfig', () => {
  it('names the field in the file in its problem', () => {
    expect(parseConfig('{')).toMatchObject({ ok: false });
    expect(parseConfig(JSON.stringify({ ...good(), version: 3 }))).toEqual({
      ok: false,
      problem: "the config file's version must be 1",
    });
  });
});
