import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../../bridge/host/flags';
import {
  chromiumHostDirs,
  configFile,
  type HostEnv,
  installedBinary,
  socketPath,
} from '../../../bridge/host/hostEnv';
import { selectionReaders } from '../../../bridge/host/selection';

const linux = (vars: HostEnv['vars'] = {}): HostEnv => ({
  platform: 'linux',
  home: '/home/ann',
  vars,
});

describe('paths per OS', () => {
  it('Linux follows the XDG variables, ignoring relative ones', () => {
    expect(configFile(linux())).toBe('/home/ann/.config/voispeed-bridge/config.json');
    expect(configFile(linux({ XDG_CONFIG_HOME: '/cfg' }))).toBe('/cfg/voispeed-bridge/config.json');
    expect(configFile(linux({ XDG_CONFIG_HOME: 'rel' }))).toBe(
      '/home/ann/.config/voispeed-bridge/config.json',
    );
    expect(installedBinary(linux({ XDG_DATA_HOME: '/data' }))).toBe(
      '/data/voispeed-bridge/voispeed-bridge',
    );
    expect(socketPath(linux({ XDG_RUNTIME_DIR: '/run/user/1000' }))).toBe(
      '/run/user/1000/voispeed-bridge.sock',
    );
    expect(socketPath(linux())).toBe('/home/ann/.config/voispeed-bridge/bridge.sock');
    expect(chromiumHostDirs(linux())[0]).toEqual([
      '/home/ann/.config/google-chrome',
      '/home/ann/.config/google-chrome/NativeMessagingHosts',
    ]);
  });

  it('Windows uses APPDATA, LOCALAPPDATA and a per-user pipe', () => {
    const win: HostEnv = {
      platform: 'win32',
      home: 'C:\\Users\\ann',
      vars: { APPDATA: 'D:\\Roaming', USERNAME: 'ann b' },
    };
    expect(configFile(win)).toBe('D:\\Roaming\\voispeed-bridge\\config.json');
    expect(installedBinary(win)).toBe(
      'C:\\Users\\ann\\AppData\\Local\\voispeed-bridge\\voispeed-bridge.exe',
    );
    expect(socketPath(win)).toBe('\\\\.\\pipe\\voispeed-bridge-ann_b');
  });

  it('macOS uses Application Support', () => {
    const mac: HostEnv = {
      platform: 'darwin',
      home: '/Users/ann',
      vars: { XDG_RUNTIME_DIR: '/tmp/x' },
    };
    expect(configFile(mac)).toBe(
      '/Users/ann/Library/Application Support/voispeed-bridge/config.json',
    );
    expect(socketPath(mac)).toBe(
      '/Users/ann/Library/Application Support/voispeed-bridge/bridge.sock',
    );
  });
});

describe('selectionReaders', () => {
  it('reads PRIMARY: wl-paste first on Wayland, then the X11 tools', () => {
    expect(
      selectionReaders('linux', { WAYLAND_DISPLAY: 'wayland-0' }).map((r) =>
        [r.file, ...r.args].join(' '),
      ),
    ).toEqual(['wl-paste --primary --no-newline', 'xclip -o -selection primary', 'xsel -o -p']);
    expect(selectionReaders('linux', {}).map((r) => r.file)).toEqual(['xclip', 'xsel']);
    expect(selectionReaders('darwin', {}).map((r) => r.file)).toEqual(['pbpaste']);
    expect(selectionReaders('win32', {})[0]?.args).toContain('Get-Clipboard -Raw');
  });
});

describe('parseFlags', () => {
  const spec = { values: ['timeout', 'value'], switches: ['shell'] };
  it('reads values, switches, words and what follows --', () => {
    const parsed = parseFlags(
      ['id', '--timeout', '5', '--shell', '--value=01=2', '--value', 'x=y', '--', 'a', '--b'],
      spec,
    );
    expect(parsed.ok && parsed.parsed).toEqual({
      values: new Map([
        ['timeout', ['5']],
        ['value', ['01=2', 'x=y']],
      ]),
      switches: new Set(['shell']),
      words: ['id'],
      rest: ['a', '--b'],
    });
  });
  it('refuses an unknown flag and a missing value', () => {
    expect(parseFlags(['--nope'], spec)).toEqual({ ok: false, problem: 'unknown option --nope' });
    expect(parseFlags(['--timeout'], spec)).toEqual({
      ok: false,
      problem: '--timeout needs a value',
    });
  });
});
