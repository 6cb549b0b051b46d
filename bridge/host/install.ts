// `install` and `uninstall`, per user and without root. Each is planned first as a list of steps
// (pure: files to write or remove, programs to run with their arguments), then the steps are
// carried out, so tests check the plan's paths for every OS and carry it out in a temporary home.
import { HOST_NAME } from '../protocol/messages';
import type { HostConfig } from './config';
import {
  applicationsDir,
  CHROMIUM_WINDOWS_KEYS,
  chromiumHostDirs,
  configDir,
  configFile,
  FIREFOX_WINDOWS_KEY,
  firefoxHostDir,
  type HostEnv,
  installDir,
  installedBinary,
  logFile,
  pathOf,
  xdgConfigHome,
} from './hostEnv';
import { DEFAULT_EXTENSIONS } from './trusted';
import { PROGRAM } from './version';

export type Step =
  | { kind: 'copy'; from: string; to: string }
  | { kind: 'write'; path: string; text: string; mode: number }
  | { kind: 'remove'; path: string }
  /** A program the step needs; optional ones are skipped with a warning when not installed. */
  | { kind: 'run'; file: string; args: string[]; optional: boolean }
  | { kind: 'note'; text: string }
  /** Takes the host out of a mimeapps.list as a scheme handler, when the file is there. */
  | { kind: 'forget-handler'; path: string };

export interface InstallOptions {
  binary: string;
  appUrl: string;
  chromiumIds: string[];
  firefoxIds: string[];
  /** NativeMessagingHosts folders to write a manifest into besides the browsers found. */
  browserDirs: string[];
}

const MANIFEST = `${HOST_NAME}.json`;
const FIREFOX_MANIFEST_WINDOWS = `${HOST_NAME}.firefox.json`;
const DESKTOP = `${PROGRAM}.desktop`;
/** The OS-wide schemes; web+voispeed stays the browsers' own (registerProtocolHandler). */
export const OS_SCHEMES = ['voispeed', 'callto'] as const;
const DESCRIPTION = 'VOIspeed Web Phone bridge: runs the rules of its own config file';

/** The config after install: the rules kept, the address and any ids given set. */
export function installedConfig(existing: HostConfig, options: InstallOptions): HostConfig {
  return {
    ...existing,
    appUrl: options.appUrl,
    extensions: {
      chromium:
        options.chromiumIds.length > 0
          ? [...new Set(options.chromiumIds)]
          : existing.extensions.chromium,
      firefox:
        options.firefoxIds.length > 0
          ? [...new Set(options.firefoxIds)]
          : existing.extensions.firefox,
    },
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function chromiumManifest(binary: string, ids: readonly string[]) {
  return {
    name: HOST_NAME,
    description: DESCRIPTION,
    path: binary,
    type: 'stdio',
    allowed_origins: ids.map((id) => `chrome-extension://${id}/`),
  };
}

export function firefoxManifest(binary: string, ids: readonly string[]) {
  return {
    name: HOST_NAME,
    description: DESCRIPTION,
    path: binary,
    type: 'stdio',
    allowed_extensions: ids,
  };
}

/** The .desktop entry that makes the binary the handler of the OS schemes; hidden from menus. */
export function desktopEntry(binary: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=VOIspeed Web Phone bridge',
    `Exec=${desktopQuote(binary)} open %u`,
    `MimeType=${OS_SCHEMES.map((s) => `x-scheme-handler/${s};`).join('')}`,
    'NoDisplay=true',
    'Terminal=false',
    '',
  ].join('\n');
}

// The Desktop Entry spec's quoting for an Exec argument: in double quotes, with ", `, $ and \
// escaped (and the file format's own \\ on top).
function desktopQuote(arg: string): string {
  if (/^[A-Za-z0-9/._+-]+$/.test(arg)) return arg;
  const quoted = arg.replace(/["`$\\]/g, (c) => `\\${c}`).replace(/\\/g, '\\\\');
  return `"${quoted.replace(/%/g, '%%')}"`;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

/** What install does here. `exists` says which browsers' folders are there. */
export function installPlan(
  env: HostEnv,
  config: HostConfig,
  options: InstallOptions,
  exists: (path: string) => boolean,
): Step[] {
  const path = pathOf(env);
  const binary = installedBinary(env);
  const chromiumIds = unique([...DEFAULT_EXTENSIONS.chromium, ...config.extensions.chromium]);
  const firefoxIds = unique([...DEFAULT_EXTENSIONS.firefox, ...config.extensions.firefox]);
  const chromium = json(chromiumManifest(binary, chromiumIds));
  const firefox = json(firefoxManifest(binary, firefoxIds));
  const steps: Step[] = [];
  if (path.resolve(options.binary) !== binary)
    steps.push({ kind: 'copy', from: options.binary, to: binary });
  steps.push({ kind: 'write', path: configFile(env), text: json(config), mode: 0o600 });

  if (env.platform === 'win32') {
    const chromiumFile = path.join(installDir(env), MANIFEST);
    const firefoxFile = path.join(installDir(env), FIREFOX_MANIFEST_WINDOWS);
    steps.push({ kind: 'write', path: chromiumFile, text: chromium, mode: 0o644 });
    steps.push({ kind: 'write', path: firefoxFile, text: firefox, mode: 0o644 });
    for (const key of CHROMIUM_WINDOWS_KEYS)
      steps.push(regAdd(`${key}\\${HOST_NAME}`, chromiumFile));
    steps.push(regAdd(`${FIREFOX_WINDOWS_KEY}\\${HOST_NAME}`, firefoxFile));
    for (const scheme of OS_SCHEMES) steps.push(...windowsScheme(scheme, binary));
  } else {
    for (const [browser, hosts] of chromiumHostDirs(env)) {
      if (exists(browser))
        steps.push({
          kind: 'write',
          path: path.join(hosts, MANIFEST),
          text: chromium,
          mode: 0o644,
        });
    }
    const mozilla = firefoxHostDir(env);
    if (mozilla && exists(mozilla[0])) {
      steps.push({
        kind: 'write',
        path: path.join(mozilla[1], MANIFEST),
        text: firefox,
        mode: 0o644,
      });
    }
  }
  for (const dir of options.browserDirs) {
    steps.push({ kind: 'write', path: path.join(dir, MANIFEST), text: chromium, mode: 0o644 });
  }

  if (env.platform === 'darwin') {
    steps.push({
      kind: 'note',
      text: 'macOS: voispeed: and callto: links need an app bundle to be handled; not registered',
    });
  } else if (env.platform !== 'win32') {
    const apps = applicationsDir(env);
    steps.push({
      kind: 'write',
      path: path.join(apps, DESKTOP),
      text: desktopEntry(binary),
      mode: 0o644,
    });
    steps.push({ kind: 'run', file: 'update-desktop-database', args: [apps], optional: true });
    for (const scheme of OS_SCHEMES) {
      steps.push({
        kind: 'run',
        file: 'xdg-mime',
        args: ['default', DESKTOP, `x-scheme-handler/${scheme}`],
        optional: true,
      });
    }
  }
  return steps;
}

function regAdd(key: string, value: string, name?: string): Step {
  const which = name === undefined ? ['/ve'] : ['/v', name];
  return {
    kind: 'run',
    file: 'reg.exe',
    args: ['add', key, ...which, '/t', 'REG_SZ', '/d', value, '/f'],
    optional: false,
  };
}

const regDelete = (key: string): Step => ({
  kind: 'run',
  file: 'reg.exe',
  args: ['delete', key, '/f'],
  optional: true,
});

function windowsScheme(scheme: string, binary: string): Step[] {
  const key = `HKCU\\Software\\Classes\\${scheme}`;
  return [
    regAdd(key, `URL:VOIspeed ${scheme}`),
    regAdd(key, '', 'URL Protocol'),
    regAdd(`${key}\\shell\\open\\command`, `"${binary}" open "%1"`),
  ];
}

/** What uninstall does: everything install may have made, whether it is there or not. */
export function uninstallPlan(
  env: HostEnv,
  options: { browserDirs: string[]; purge: boolean },
): Step[] {
  const path = pathOf(env);
  const steps: Step[] = [];
  if (env.platform === 'win32') {
    for (const key of CHROMIUM_WINDOWS_KEYS) steps.push(regDelete(`${key}\\${HOST_NAME}`));
    steps.push(regDelete(`${FIREFOX_WINDOWS_KEY}\\${HOST_NAME}`));
    for (const scheme of OS_SCHEMES) steps.push(regDelete(`HKCU\\Software\\Classes\\${scheme}`));
    steps.push({ kind: 'remove', path: path.join(installDir(env), MANIFEST) });
    steps.push({ kind: 'remove', path: path.join(installDir(env), FIREFOX_MANIFEST_WINDOWS) });
  } else {
    for (const [, hosts] of chromiumHostDirs(env))
      steps.push({ kind: 'remove', path: path.join(hosts, MANIFEST) });
    const mozilla = firefoxHostDir(env);
    if (mozilla) steps.push({ kind: 'remove', path: path.join(mozilla[1], MANIFEST) });
  }
  for (const dir of options.browserDirs)
    steps.push({ kind: 'remove', path: path.join(dir, MANIFEST) });
  if (env.platform !== 'win32' && env.platform !== 'darwin') {
    const apps = applicationsDir(env);
    steps.push({ kind: 'remove', path: path.join(apps, DESKTOP) });
    steps.push({ kind: 'forget-handler', path: path.join(xdgConfigHome(env), 'mimeapps.list') });
    steps.push({ kind: 'forget-handler', path: path.join(apps, 'mimeapps.list') });
    steps.push({ kind: 'run', file: 'update-desktop-database', args: [apps], optional: true });
  }
  steps.push({ kind: 'remove', path: installedBinary(env) });
  steps.push({ kind: 'remove', path: installDir(env) });
  if (options.purge) {
    for (const file of [configFile(env), logFile(env), `${logFile(env)}.1`])
      steps.push({ kind: 'remove', path: file });
    steps.push({ kind: 'remove', path: configDir(env) });
  }
  return steps;
}

/**
 * A mimeapps.list without the host as a scheme's handler (xdg-mime has no "undo"): our entry
 * leaves each list it is in, and a line left empty goes. Pure.
 */
export function withoutHandler(mimeapps: string): string {
  const lines = mimeapps.split('\n').flatMap((line) => {
    const match = /^(x-scheme-handler\/[^=]+)=(.*)$/.exec(line);
    if (!match) return [line];
    const apps = (match[2] ?? '').split(';').filter((app) => app !== '' && app !== DESKTOP);
    if (apps.length === (match[2] ?? '').split(';').filter((app) => app !== '').length)
      return [line];
    return apps.length === 0 ? [] : [`${match[1]}=${apps.join(';')};`];
  });
  return lines.join('\n');
}
