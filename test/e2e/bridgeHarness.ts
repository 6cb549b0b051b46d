// The bridge end to end: the built extension loaded into a real Chromium profile, and the compiled
// native host installed for a throwaway user (its own HOME, config and runtime folders), found by
// Chromium in the profile's NativeMessagingHosts folder, as the host's installer writes it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { EXTENSION_ID } from '../../bridge/extension/identity';
import { CHROMIUM_ARGS, recordPeerConnections } from './harness';
import { PhonePage } from './phonePage';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const HOST_BINARY = join(ROOT, 'bridge', 'dist', 'voispeed-bridge');
export const EXTENSION_DIR = join(ROOT, 'bridge', 'dist', 'extension');

/** Builds the extension and the host binary, as `npm run bridge:build` does. */
export function buildBridge(): void {
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bridge.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`bridge build failed:\n${built.stdout}\n${built.stderr}`);
}

/** A user of this machine made for one test file: every folder the host and browser use. */
export interface BridgeUser {
  home: string;
  profile: string;
  runtime: string;
  env: NodeJS.ProcessEnv;
  remove(): void;
}

export function throwawayUser(): BridgeUser {
  const home = mkdtempSync(join(tmpdir(), 'voispeed-bridge-home-'));
  const profile = join(home, 'profile');
  const runtime = join(home, 'run');
  mkdirSync(profile, { recursive: true });
  mkdirSync(runtime, { recursive: true, mode: 0o700 });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_RUNTIME_DIR: runtime,
  };
  // xdg-open must see no desktop of the machine running the tests.
  delete env.XDG_CURRENT_DESKTOP;
  delete env.DESKTOP_SESSION;
  return {
    home,
    profile,
    runtime,
    env,
    remove: () => rmSync(home, { recursive: true, force: true }),
  };
}

/** Runs the compiled host as `user` with these arguments; throws with its output on failure. */
export function host(user: BridgeUser, args: string[]): string {
  const run = spawnSync(HOST_BINARY, args, { env: user.env, encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(
      `voispeed-bridge ${args.join(' ')} failed (${run.status}):\n${run.stdout}\n${run.stderr}`,
    );
  }
  return run.stdout;
}

/** Installs the host for `user`, with Chromium's profile as one more browser folder. */
export function installHost(user: BridgeUser, appUrl: string): string {
  return host(user, [
    'install',
    '--app-url',
    appUrl,
    '--extension-id',
    EXTENSION_ID,
    '--browser-dir',
    join(user.profile, 'NativeMessagingHosts'),
  ]);
}

/** Chromium with the extension loaded, started as `user`, so the host it starts is theirs too. */
export async function launchWithExtension(user: BridgeUser): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(user.profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    env: user.env as Record<string, string>,
    permissions: ['microphone'],
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...CHROMIUM_ARGS,
    ],
  });
  await context.addInitScript({ content: recordPeerConnections });
  return context;
}

/** The extension's service worker, once it runs. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const id = `chrome-extension://${EXTENSION_ID}/`;
  const running = context.serviceWorkers().find((w) => w.url().startsWith(id));
  if (running) return running;
  for (;;) {
    const worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
    if (worker.url().startsWith(id)) return worker;
  }
}

/** Sets the phone's address in the extension's options page, as a user does. */
export async function setAppAddress(context: BrowserContext, appUrl: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  await page.getByLabel('Phone app address', { exact: true }).fill(appUrl);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();
  await page.close();
}

/** The phone in the extension's profile: its first window, on the app. */
export async function openBridgedPhone(
  context: BrowserContext,
  appUrl: string,
): Promise<PhonePage> {
  const page = await context.newPage();
  const phone = new PhonePage('101 (bridge)', context, page);
  phone.collectLogs(page, '');
  await page.goto(appUrl, { waitUntil: 'load' });
  return phone;
}

export interface PlainSite {
  url: string;
  stop(): Promise<void>;
}

/** A page of another site on 127.0.0.1, serving `html` at every path. */
export async function startPlainSite(html: string): Promise<PlainSite> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
