// install and uninstall into a temporary home, through the CLI as a user runs them; the helper
// programs (xdg-mime, update-desktop-database, reg.exe) are recorded, not run, since they would
// edit the real desktop's settings.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../bridge/host/cli';
import { emptyConfig } from '../../../bridge/host/config';
import type { HostEnv } from '../../../bridge/host/hostEnv';
import {
  desktopEntry,
  installPlan,
  uninstallPlan,
  withoutHandler,
} from '../../../bridge/host/install';

let home: string;
let env: HostEnv;
let ran: string[];
let out: string[];
let err: string[];
const io = () => ({
  env,
  out: (line: string) => out.push(line),
  err: (line: string) => err.push(line),
  execPath: '/usr/bin/node',
  run: async (file: string, args: string[]) => {
    ran.push([file, ...args].join(' '));
    return { ok: true as const };
  },
});

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'bridge-home-'));
  env = { platform: 'linux', home, vars: {} };
  ran = [];
  out = [];
  err = [];
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const read = (path: string) => JSON.parse(readFileSync(join(home, path), 'utf8'));
const CHROME = '.config/google-chrome/NativeMessagingHosts/com.voispeed.bridge.json';
const BINARY = '.local/share/voispeed-bridge/voispeed-bridge';

describe('install and uninstall on Linux', () => {
  it('installs the binary, manifests for the browsers found, the scheme handler and the config', async () => {
    mkdirSync(join(home, '.config/google-chrome'), { recursive: true });
    mkdirSync(join(home, '.mozilla'), { recursive: true });
    const binary = join(home, 'built-binary');
    writeFileSync(binary, '#!/bin/sh\n');
    chmodSync(binary, 0o700);
    const profile = join(home, 'profile/NativeMessagingHosts');
    const code = await runCli(
      [
        'install',
        '--app-url',
        'https://phone.example.com/',
        '--extension-id',
        'abcdefghijklmnopabcdefghijklmnop',
        '--browser-dir',
        profile,
        '--binary',
        binary,
      ],
      io(),
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const installed = join(home, BINARY);
    expect(statSync(installed).mode & 0o777).toBe(0o755);
    const manifest = {
      name: 'com.voispeed.bridge',
      description: expect.any(String),
      path: installed,
      type: 'stdio',
      allowed_origins: [
        'chrome-extension://fhfkpgilldaenfbobfpehcccnggfkhmo/',
        'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
      ],
    };
    expect(read(CHROME)).toEqual(manifest);
    expect(JSON.parse(readFileSync(join(profile, 'com.voispeed.bridge.json'), 'utf8'))).toEqual(
      manifest,
    );
    expect(existsSync(join(home, '.config/chromium/NativeMessagingHosts'))).toBe(false);
    expect(read('.mozilla/native-messaging-hosts/com.voispeed.bridge.json')).toMatchObject({
      path: installed,
      allowed_extensions: ['bridge@voispeed.example'],
    });
    const desktop = readFileSync(
      join(home, '.local/share/applications/voispeed-bridge.desktop'),
      'utf8',
    );
    expect(desktop).toContain(`Exec=${installed} open %u\n`);
    expect(desktop).toContain('MimeType=x-scheme-handler/voispeed;x-scheme-handler/callto;\n');
    expect(desktop).toContain('NoDisplay=true\n');
    expect(ran).toEqual([
      `update-desktop-database ${home}/.local/share/applications`,
      'xdg-mime default voispeed-bridge.desktop x-scheme-handler/voispeed',
      'xdg-mime default voispeed-bridge.desktop x-scheme-handler/callto',
    ]);
    expect(read('.config/voispeed-bridge/config.json')).toEqual({
      ...emptyConfig(),
      appUrl: 'https://phone.example.com/',
      extensions: { chromium: ['abcdefghijklmnopabcdefghijklmnop'], firefox: [] },
    });
    expect(statSync(join(home, '.config/voispeed-bridge/config.json')).mode & 0o777).toBe(0o600);
    expect(out.at(-1)).toBe('installed');

    // A re-install keeps the rules.
    await runCli(['rule', 'add', 'crm', '--', 'crm-log', '!01'], io());
    expect(
      await runCli(
        ['install', '--app-url', 'https://other.example.com/', '--binary', binary],
        io(),
      ),
    ).toBe(0);
    expect(read('.config/voispeed-bridge/config.json')).toMatchObject({
      appUrl: 'https://other.example.com/',
      extensions: { chromium: ['abcdefghijklmnopabcdefghijklmnop'] },
      rules: [{ id: 'crm', command: 'crm-log !01' }],
    });

    // Uninstall takes it all away, but the config, and the handler out of mimeapps.list.
    mkdirSync(join(home, '.config'), { recursive: true });
    writeFileSync(
      join(home, '.config/mimeapps.list'),
      '[Default Applications]\nx-scheme-handler/voispeed=voispeed-bridge.desktop\ntext/html=firefox.desktop\n',
    );
    ran = [];
    expect(await runCli(['uninstall', '--browser-dir', profile], io())).toBe(0);
    for (const path of [
      CHROME,
      BINARY,
      '.local/share/voispeed-bridge',
      '.mozilla/native-messaging-hosts/com.voispeed.bridge.json',
      '.local/share/applications/voispeed-bridge.desktop',
    ]) {
      expect(existsSync(join(home, path)), path).toBe(false);
    }
    expect(existsSync(join(profile, 'com.voispeed.bridge.json'))).toBe(false);
    expect(readFileSync(join(home, '.config/mimeapps.list'), 'utf8')).toBe(
      '[Default Applications]\ntext/html=firefox.desktop\n',
    );
    expect(ran).toEqual([`update-desktop-database ${home}/.local/share/applications`]);
    expect(existsSync(join(home, '.config/voispeed-bridge/config.json'))).toBe(true);
    expect(await runCli(['uninstall', '--purge'], io())).toBe(0);
    expect(existsSync(join(home, '.config/voispeed-bridge'))).toBe(false);
  });

  it('refuses a script runtime, a bad address or id, and a broken config, changing nothing', async () => {
    expect(await runCli(['install', '--app-url', 'https://p.example.com/'], io())).toBe(2);
    expect(err.pop()).toContain('compiled binary');
    const binary = join(home, 'b');
    writeFileSync(binary, '');
    expect(
      await runCli(['install', '--app-url', 'http://p.example.com/', '--binary', binary], io()),
    ).toBe(2);
    expect(err.pop()).toContain('--app-url must be an https:// address');
    expect(
      await runCli(
        [
          'install',
          '--app-url',
          'https://p.example.com/',
          '--extension-id',
          'x',
          '--binary',
          binary,
        ],
        io(),
      ),
    ).toBe(2);
    mkdirSync(join(home, '.config/voispeed-bridge'), { recursive: true });
    writeFileSync(join(home, '.config/voispeed-bridge/config.json'), '{"version":1}');
    expect(
      await runCli(['install', '--app-url', 'https://p.example.com/', '--binary', binary], io()),
    ).toBe(2);
    expect(err.pop()).toContain("the config file's appUrl is missing");
    expect(existsSync(join(home, '.local/share/voispeed-bridge'))).toBe(false);
    expect(readFileSync(join(home, '.config/voispeed-bridge/config.json'), 'utf8')).toBe(
      '{"version":1}',
    );
  });
});

describe('the plans for Windows and macOS', () => {
  const options = {
    binary: 'C:\\Users\\ann\\Downloads\\voispeed-bridge.exe',
    appUrl: '',
    chromiumIds: [],
    firefoxIds: [],
    browserDirs: [],
  };

  it('Windows: manifests beside the binary, registry keys through reg.exe argv', () => {
    const win: HostEnv = {
      platform: 'win32',
      home: 'C:\\Users\\ann',
      vars: {
        APPDATA: 'C:\\Users\\ann\\AppData\\Roaming',
        LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local',
      },
    };
    const steps = installPlan(win, emptyConfig(), options, () => true);
    const exe = 'C:\\Users\\ann\\AppData\\Local\\voispeed-bridge\\voispeed-bridge.exe';
    const manifest = 'C:\\Users\\ann\\AppData\\Local\\voispeed-bridge\\com.voispeed.bridge.json';
    expect(steps).toContainEqual({ kind: 'copy', from: options.binary, to: exe });
    expect(steps).toContainEqual(
      expect.objectContaining({
        kind: 'write',
        path: 'C:\\Users\\ann\\AppData\\Roaming\\voispeed-bridge\\config.json',
      }),
    );
    expect(steps).toContainEqual(expect.objectContaining({ kind: 'write', path: manifest }));
    expect(steps).toContainEqual({
      kind: 'run',
      file: 'reg.exe',
      args: [
        'add',
        'HKCU\\Software\\Google\\Chrome\\NativeMessagingHosts\\com.voispeed.bridge',
        '/ve',
        '/t',
        'REG_SZ',
        '/d',
        manifest,
        '/f',
      ],
      optional: false,
    });
    expect(steps).toContainEqual(
      expect.objectContaining({
        args: expect.arrayContaining([
          'HKCU\\Software\\Mozilla\\NativeMessagingHosts\\com.voispeed.bridge',
        ]),
      }),
    );
    expect(steps).toContainEqual({
      kind: 'run',
      file: 'reg.exe',
      args: [
        'add',
        'HKCU\\Software\\Classes\\voispeed\\shell\\open\\command',
        '/ve',
        '/t',
        'REG_SZ',
        '/d',
        `"${exe}" open "%1"`,
        '/f',
      ],
      optional: false,
    });
    expect(steps).toContainEqual(
      expect.objectContaining({
        args: [
          'add',
          'HKCU\\Software\\Classes\\voispeed',
          '/v',
          'URL Protocol',
          '/t',
          'REG_SZ',
          '/d',
          '',
          '/f',
        ],
      }),
    );
    expect(uninstallPlan(win, { browserDirs: [], purge: false })).toContainEqual({
      kind: 'run',
      file: 'reg.exe',
      args: ['delete', 'HKCU\\Software\\Classes\\voispeed', '/f'],
      optional: true,
    });
  });

  it('macOS: Application Support folders, and a note instead of a scheme handler', () => {
    const mac: HostEnv = { platform: 'darwin', home: '/Users/ann', vars: {} };
    const steps = installPlan(mac, emptyConfig(), { ...options, binary: '/tmp/b' }, (p) =>
      p.endsWith('Google/Chrome'),
    );
    expect(
      steps.filter((s) => s.kind === 'write').map((s) => (s.kind === 'write' ? s.path : '')),
    ).toEqual([
      '/Users/ann/Library/Application Support/voispeed-bridge/config.json',
      '/Users/ann/Library/Application Support/Google/Chrome/NativeMessagingHosts/com.voispeed.bridge.json',
    ]);
    expect(steps).toContainEqual({
      kind: 'copy',
      from: '/tmp/b',
      to: '/Users/ann/Library/Application Support/voispeed-bridge/voispeed-bridge',
    });
    expect(steps.some((s) => s.kind === 'note' && s.text.includes('app bundle'))).toBe(true);
    expect(steps.some((s) => s.kind === 'run')).toBe(false);
  });
});

describe('desktop entry and mimeapps.list', () => {
  it('quotes an Exec path with spaces and specials', () => {
    expect(desktopEntry('/home/a b/$x%"\\/bin')).toContain(
      'Exec="/home/a b/\\\\$x%%\\\\"\\\\\\\\/bin" open %u',
    );
  });

  it('takes only the host out of a handler list', () => {
    expect(
      withoutHandler(
        '[Added Associations]\nx-scheme-handler/callto=skype.desktop;voispeed-bridge.desktop;\n',
      ),
    ).toBe('[Added Associations]\nx-scheme-handler/callto=skype.desktop;\n');
    expect(withoutHandler('x-scheme-handler/tel=other.desktop\n')).toBe(
      'x-scheme-handler/tel=other.desktop\n',
    );
  });
});
