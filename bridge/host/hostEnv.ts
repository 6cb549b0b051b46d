// Where everything of the host lives, per OS, computed from an environment object and nothing
// else, so tests can point it at a temporary home and check the Windows and macOS paths on Linux.
import { homedir, userInfo } from 'node:os';
import { posix, win32 } from 'node:path';
import { PROGRAM } from './version';

export interface HostEnv {
  platform: NodeJS.Platform;
  home: string;
  /** The variables the paths depend on: XDG_*, APPDATA, LOCALAPPDATA, USERNAME, WAYLAND_DISPLAY. */
  vars: Readonly<Record<string, string | undefined>>;
}

export function currentEnv(): HostEnv {
  let username: string | undefined;
  try {
    username = userInfo().username;
  } catch {
    username = undefined;
  }
  return {
    platform: process.platform,
    home: homedir(),
    vars: { USERNAME: username, ...process.env },
  };
}

export const pathOf = (env: HostEnv) => (env.platform === 'win32' ? win32 : posix);

/** An XDG variable, used only when it is an absolute path, as the XDG spec asks. */
function xdg(env: HostEnv, name: string, fallback: string): string {
  const value = env.vars[name];
  return value && posix.isAbsolute(value) ? value : posix.join(env.home, fallback);
}

function windowsDir(env: HostEnv, name: 'APPDATA' | 'LOCALAPPDATA'): string {
  const value = env.vars[name];
  if (value && win32.isAbsolute(value)) return value;
  return win32.join(env.home, 'AppData', name === 'APPDATA' ? 'Roaming' : 'Local');
}

const MAC_SUPPORT = 'Library/Application Support';

export function configDir(env: HostEnv): string {
  if (env.platform === 'win32') return win32.join(windowsDir(env, 'APPDATA'), PROGRAM);
  if (env.platform === 'darwin') return posix.join(env.home, MAC_SUPPORT, PROGRAM);
  return posix.join(xdg(env, 'XDG_CONFIG_HOME', '.config'), PROGRAM);
}

export const configFile = (env: HostEnv) => pathOf(env).join(configDir(env), 'config.json');
export const logFile = (env: HostEnv) => pathOf(env).join(configDir(env), 'bridge.log');

/** Where `install` copies the binary; the browsers' manifests point here. */
export function installDir(env: HostEnv): string {
  if (env.platform === 'win32') return win32.join(windowsDir(env, 'LOCALAPPDATA'), PROGRAM);
  if (env.platform === 'darwin') return posix.join(env.home, MAC_SUPPORT, PROGRAM);
  return posix.join(xdg(env, 'XDG_DATA_HOME', '.local/share'), PROGRAM);
}

export function installedBinary(env: HostEnv): string {
  const name = env.platform === 'win32' ? `${PROGRAM}.exe` : PROGRAM;
  return pathOf(env).join(installDir(env), name);
}

/** The running host's one local socket (a named pipe on Windows, per user). */
export function socketPath(env: HostEnv): string {
  if (env.platform === 'win32') {
    const user = (env.vars.USERNAME ?? 'user').replace(/[^A-Za-z0-9._-]/g, '_');
    return `\\\\.\\pipe\\${PROGRAM}-${user}`;
  }
  const runtime = env.vars.XDG_RUNTIME_DIR;
  if (env.platform !== 'darwin' && runtime && posix.isAbsolute(runtime)) {
    return posix.join(runtime, `${PROGRAM}.sock`);
  }
  return posix.join(configDir(env), 'bridge.sock');
}

// Each Chromium-family browser's user data folder, below which NativeMessagingHosts is read.
const CHROMIUM_LINUX = [
  'google-chrome',
  'google-chrome-beta',
  'google-chrome-unstable',
  'chromium',
  'BraveSoftware/Brave-Browser',
  'microsoft-edge',
  'microsoft-edge-beta',
  'vivaldi',
  'opera',
];
const CHROMIUM_MAC = [
  'Google/Chrome',
  'Google/Chrome Beta',
  'Google/Chrome Canary',
  'Chromium',
  'BraveSoftware/Brave-Browser',
  'Microsoft Edge',
  'Vivaldi',
];
/** On Windows the browsers read the registry, each under its own key. */
export const CHROMIUM_WINDOWS_KEYS = [
  'HKCU\\Software\\Google\\Chrome\\NativeMessagingHosts',
  'HKCU\\Software\\Chromium\\NativeMessagingHosts',
  'HKCU\\Software\\BraveSoftware\\Brave-Browser\\NativeMessagingHosts',
  'HKCU\\Software\\Microsoft\\Edge\\NativeMessagingHosts',
  'HKCU\\Software\\Vivaldi\\NativeMessagingHosts',
];
export const FIREFOX_WINDOWS_KEY = 'HKCU\\Software\\Mozilla\\NativeMessagingHosts';

/** [the browser's own folder, which must exist, its NativeMessagingHosts folder], per browser. */
export function chromiumHostDirs(env: HostEnv): [string, string][] {
  if (env.platform === 'win32') return [];
  const base =
    env.platform === 'darwin'
      ? posix.join(env.home, MAC_SUPPORT)
      : xdg(env, 'XDG_CONFIG_HOME', '.config');
  const names = env.platform === 'darwin' ? CHROMIUM_MAC : CHROMIUM_LINUX;
  return names.map((name) => {
    const dir = posix.join(base, name);
    return [dir, posix.join(dir, 'NativeMessagingHosts')];
  });
}

/** [Firefox's own folder, its native-messaging-hosts folder]; undefined on Windows (registry). */
export function firefoxHostDir(env: HostEnv): [string, string] | undefined {
  if (env.platform === 'win32') return undefined;
  if (env.platform === 'darwin') {
    const dir = posix.join(env.home, MAC_SUPPORT, 'Mozilla');
    return [dir, posix.join(dir, 'NativeMessagingHosts')];
  }
  const dir = posix.join(env.home, '.mozilla');
  return [dir, posix.join(dir, 'native-messaging-hosts')];
}

/** Where a Linux desktop looks for the user's .desktop files (the scheme handler). */
export const applicationsDir = (env: HostEnv) =>
  posix.join(xdg(env, 'XDG_DATA_HOME', '.local/share'), 'applications');

export const xdgConfigHome = (env: HostEnv) => xdg(env, 'XDG_CONFIG_HOME', '.config');
