// One phone in its own browser context, driven only through roles and labels (the UI contract).
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { PbxAccount } from './harness';

const defaultTimeout = 10_000;

async function waitUntil<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeout = defaultTimeout,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let error: unknown;
  for (;;) {
    try {
      last = await read();
      error = undefined;
      if (ok(last)) return last;
    } catch (e) {
      error = e;
    }
    if (Date.now() > deadline) {
      const seen = error ? String(error) : JSON.stringify(last);
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last seen: ${seen}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface ConfigureOptions {
  secondUrl?: string;
  password?: string;
  domain?: string;
  /** STUN/TURN server URLs, one per line. */
  iceServers?: string;
  /** Media only through the TURN server (ticked; a phone configured again keeps it). */
  relayOnly?: boolean;
  /** Seconds without media before a call ends; '' leaves the field as it is. */
  reconnectLimit?: string;
}

export interface ReceivedInvite {
  callId: string;
  /** performance.timeOrigin + performance.now() in the page when the INVITE arrived. */
  at: number;
}

export class PhonePage {
  readonly logs: string[] = [];

  constructor(
    readonly name: string,
    readonly context: BrowserContext,
    /** Replaced by reopen(). */
    public page: Page,
  ) {}

  /** Keeps a window's console errors and page errors in this phone's log, marked with `label`. */
  collectLogs(page: Page, label: string): void {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.logs.push(`[${label}console.error] ${msg.text()}`);
    });
    page.on('pageerror', (err) =>
      this.logs.push(`[${label}pageerror] ${err.stack ?? err.message}`),
    );
  }

  printLogs(): void {
    console.log(`--- browser log of ${this.name} (${this.logs.length} errors) ---`);
    for (const line of this.logs) console.log(line);
  }

  registration(): Locator {
    return this.page.getByRole('status', { name: 'Registration', exact: true });
  }

  async registrationText(): Promise<string> {
    return ((await this.registration().textContent()) ?? '').trim();
  }

  /** Waits until the registration status matches, and returns its text. */
  waitForRegistration(pattern: RegExp, timeout = defaultTimeout): Promise<string> {
    return waitUntil(
      () => this.registrationText(),
      (t) => pattern.test(t),
      `${this.name} registration ${pattern}`,
      timeout,
    );
  }

  expectRegistered(timeout = defaultTimeout): Promise<string> {
    return this.waitForRegistration(/^\s*Registered as/, timeout);
  }

  async configure(
    acc: PbxAccount,
    pbxUrl: string,
    {
      secondUrl = '',
      password = acc.password,
      domain,
      iceServers = '',
      relayOnly = false,
      reconnectLimit = '',
    }: ConfigureOptions = {},
  ): Promise<void> {
    const host = domain ?? new URL(pbxUrl.replace(/^ws/, 'http')).hostname;
    const form = await this.openSettings();
    const field = (label: string) => form.getByLabel(label, { exact: true });
    await field('SIP address').fill(`${acc.user}@${host}`);
    await field('Authorization user').fill(acc.user);
    await field('Password').fill(password);
    await field('Extension').fill(acc.extension);
    await field('Display name').fill(acc.displayName);
    await field('PBX WebSocket URL').fill(pbxUrl);
    await field('Second PBX WebSocket URL').fill(secondUrl);
    await field('STUN/TURN servers').fill(iceServers);
    // Touched only when asked: most phones keep the defaults, and each step costs time.
    if (relayOnly) {
      await form
        .getByRole('checkbox', { name: 'Send the audio only through the TURN server', exact: true })
        .check();
    }
    if (reconnectLimit !== '') {
      await field('End a call whose connection is lost after (seconds)').fill(reconnectLimit);
    }
    await form.getByRole('button', { name: 'Save and register', exact: true }).click();
  }

  /**
   * The account form, opened through Settings when it is not showing (on the first run it is
   * the setup), with its Advanced fields shown.
   */
  async openSettings(): Promise<Locator> {
    const form = this.page.getByRole('form', { name: 'Account', exact: true });
    await this.registration().waitFor();
    if (!(await form.isVisible())) {
      // The screen's code loads on first open, so ask the button, not the (maybe loading) form.
      await this.page.getByRole('button', { name: 'Settings', exact: true }).click();
      await this.openSection('Account');
    }
    await form.waitFor();
    const advanced = form.getByRole('button', { name: 'Advanced', exact: true });
    if ((await advanced.getAttribute('aria-expanded')) !== 'true') await advanced.click();
    return form;
  }

  /** Opens the settings screen at one section (by its title), and returns the section. */
  async openSection(title: string): Promise<Locator> {
    await this.registration().waitFor();
    const nav = this.page.getByRole('button', { name: 'Settings', exact: true });
    if ((await nav.getAttribute('aria-current')) !== 'page') await nav.click();
    // The section's heading button: its name is the title, then the line on what it holds.
    const settings = this.page.getByRole('main');
    const button = settings.getByRole('button', { name: new RegExp(`^${title}\\b`) }).first();
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    return settings.getByRole('region', { name: new RegExp(`^${title}\\b`) }).first();
  }

  /** Back to the phone's home screen (dial box, calls, history) if another screen shows. */
  async home(): Promise<void> {
    const nav = this.page.getByRole('navigation').getByRole('button', { name: /^Phone\b/ });
    if ((await nav.getAttribute('aria-current')) !== 'page') await nav.click();
  }

  async unregister(): Promise<void> {
    const form = await this.openSettings();
    await form.getByRole('button', { name: 'Unregister', exact: true }).click();
  }

  async dial(number: string): Promise<void> {
    await this.home();
    await this.page.getByRole('combobox', { name: 'Number to call', exact: true }).fill(number);
    await this.page.getByRole('button', { name: 'Call', exact: true }).click();
  }

  call(number: string): Locator {
    return this.page.getByRole('region', { name: `Call with ${number}`, exact: true });
  }

  /** The first call region if no number is given. */
  private callOrFirst(number?: string): Locator {
    return number === undefined
      ? this.page.getByRole('region', { name: /^Call with / }).first()
      : this.call(number);
  }

  /**
   * The call's state in words, followed by its running time while it has one ("In call 0:05",
   * "In call · On hold 0:12"): the time is a timer of its own, outside the live status.
   */
  async callStatus(number: string): Promise<string> {
    const call = this.call(number);
    const status = call.getByRole('status', { name: 'Call status', exact: true });
    const words = ((await status.textContent({ timeout: 2_000 })) ?? '').trim();
    const timer = call.getByRole('timer', { name: 'Call duration', exact: true });
    if ((await timer.count()) === 0) return words;
    const time = ((await timer.textContent({ timeout: 2_000 })) ?? '').trim();
    return `${words} ${time}`;
  }

  waitForCallStatus(number: string, pattern: RegExp, timeout = defaultTimeout): Promise<string> {
    return waitUntil(
      () => this.callStatus(number),
      (t) => pattern.test(t),
      `${this.name} call with ${number} status ${pattern}`,
      timeout,
    );
  }

  async answer(number?: string): Promise<void> {
    await this.callOrFirst(number).getByRole('button', { name: 'Answer', exact: true }).click();
  }

  async decline(number?: string): Promise<void> {
    await this.callOrFirst(number).getByRole('button', { name: 'Decline', exact: true }).click();
  }

  async hangUp(number?: string): Promise<void> {
    await this.callOrFirst(number).getByRole('button', { name: 'Hang up', exact: true }).click();
  }

  /** Bytes of received audio RTP, summed over every peer connection the page created. */
  inboundAudioBytes(): Promise<number> {
    return this.page.evaluate(async () => {
      const list = (window as unknown as { __peerConnections?: RTCPeerConnection[] })
        .__peerConnections;
      let total = 0;
      for (const pc of list ?? []) {
        if (pc.connectionState === 'closed') continue;
        const report = await pc.getStats();
        report.forEach((s: { type?: string; kind?: string; bytesReceived?: number }) => {
          if (s.type === 'inbound-rtp' && s.kind === 'audio') total += s.bytesReceived ?? 0;
        });
      }
      return total;
    });
  }

  /** Resolves once received audio grows by more than 1000 bytes; fails after 5 s. */
  async waitForAudioFlow(timeout = 5_000): Promise<number> {
    const start = await this.inboundAudioBytes();
    const now = await waitUntil(
      () => this.inboundAudioBytes(),
      (n) => n - start > 1000,
      `${this.name} inbound audio to grow from ${start} bytes`,
      timeout,
    );
    return now - start;
  }

  /** Media elements playing a live remote audio stream, with their playback position (s). */
  remoteAudioPlayers(): Promise<number[]> {
    return this.page.evaluate(() => {
      const players = (window as unknown as { __mediaPlayers?: Set<HTMLMediaElement> })
        .__mediaPlayers;
      return [...(players ?? [])]
        .filter((el) => {
          const stream = el.srcObject;
          const live =
            stream instanceof MediaStream &&
            stream.getAudioTracks().some((t) => t.readyState === 'live');
          return live && !el.paused;
        })
        .map((el) => el.currentTime);
    });
  }

  /** Resolves once a remote audio stream is playing and its playback position moves on. */
  async waitForRemoteAudioPlaying(timeout = 5_000): Promise<void> {
    const first = await waitUntil(
      () => this.remoteAudioPlayers(),
      (positions) => positions.length > 0,
      `${this.name} to play remote audio`,
      timeout,
    );
    const start = Math.max(...first);
    await waitUntil(
      () => this.remoteAudioPlayers(),
      (positions) => positions.some((p) => p > start + 0.2),
      `${this.name} remote audio playback to advance past ${start.toFixed(2)} s`,
      timeout,
    );
  }

  historyList(): Locator {
    return this.page.getByRole('list', { name: 'Call history', exact: true });
  }

  /**
   * The text of each history entry, its pieces joined by spaces (adjacent inline elements such
   * as a number and a duration would otherwise run together), plus any aria-label inside.
   */
  async historyEntries(): Promise<string[]> {
    await this.home();
    return this.historyList()
      .getByRole('listitem')
      .evaluateAll((items) =>
        items.map((item) => {
          const parts: string[] = [];
          const walker = document.createTreeWalker(
            item,
            NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
          );
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
            else parts.push((node as Element).getAttribute('aria-label') ?? '');
          }
          return parts.join(' ').replace(/\s+/g, ' ').trim();
        }),
      );
  }

  /** Waits until some history entry satisfies every pattern, and returns that entry. */
  async waitForHistoryEntry(patterns: RegExp[], timeout = defaultTimeout): Promise<string> {
    const entries = await waitUntil(
      () => this.historyEntries(),
      (list) => list.some((e) => patterns.every((p) => p.test(e))),
      `${this.name} history entry matching ${patterns.join(' ')}`,
      timeout,
    );
    return entries.find((e) => patterns.every((p) => p.test(e))) ?? '';
  }

  /** INVITEs this page received over its WebSocket, oldest first: Call-ID and epoch ms. */
  receivedInvites(): Promise<ReceivedInvite[]> {
    return this.page.evaluate(() => [
      ...((window as unknown as { __receivedInvites?: ReceivedInvite[] }).__receivedInvites ?? []),
    ]);
  }

  /** The whole text of each INVITE this page sent (first INVITEs and re-INVITEs), oldest first. */
  sentInvites(): Promise<string[]> {
    return this.page.evaluate(() => [
      ...((window as unknown as { __sentInvites?: string[] }).__sentInvites ?? []),
    ]);
  }

  /**
   * Opens `/?uri=<link>` in another window of this phone's browser, as a protocol handler, an
   * e-mail or a bookmarklet does. Its errors join this phone's log.
   */
  async openLink(link: string): Promise<Page> {
    const page = await this.context.newPage();
    this.collectLogs(page, 'link window ');
    const origin = new URL(this.page.url()).origin;
    await page.goto(`${origin}/?uri=${encodeURIComponent(link)}`, { waitUntil: 'load' });
    return page;
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }

  /** Kills the page's renderer, as a crashed tab: no pagehide, no BYE, nothing more sent. */
  async crash(): Promise<void> {
    const cdp = await this.context.newCDPSession(this.page);
    const crashed = new Promise<void>((resolve) => this.page.once('crash', () => resolve()));
    await Promise.race([cdp.send('Page.crash').catch(() => {}), crashed]);
    await crashed;
  }

  /**
   * Closes the phone's window (pagehide runs, as when the user closes the tab; a crashed page
   * just goes) and opens the app again in a new window of the same browser profile.
   */
  async reopen(): Promise<void> {
    const url = new URL(this.page.url()).origin;
    await this.page.close({ runBeforeUnload: false });
    this.page = await this.context.newPage();
    this.collectLogs(this.page, 'reopened ');
    await this.page.goto(url, { waitUntil: 'load' });
  }

  close(): Promise<void> {
    return this.context.close();
  }
}
