// The Firefox driver: Debian's Firefox ESR through puppeteer-core over WebDriver BiDi, behind the
// few Playwright calls the page objects make (phonePage.ts, callPage.ts, integraPage.ts), so the
// Chromium tests' page objects drive Firefox unchanged. Only what they use is here; anything else
// throws, so a page object that grows a call not carried here fails loudly, not quietly.
import type { BrowserContext as PwContext, Page as PwPage } from 'playwright-core';
import puppeteer, {
  type Browser,
  type BrowserContext,
  type ElementHandle,
  type JSHandle,
  type Page,
} from 'puppeteer-core';
import { LOCATE, type LocateStep, type TextMatch } from './firefoxLocate';
import { recordPeerConnections } from './harness';
import { PhonePage } from './phonePage';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/**
 * A fake microphone without a prompt (Chromium's --use-fake-device-for-media-stream), Firefox's
 * own pop-up blocker on, as users have it, and none of Firefox's own traffic.
 */
export const FIREFOX_PREFS: Record<string, unknown> = {
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
  'media.autoplay.default': 0,
  'media.autoplay.blocking_policy': 0,
  'dom.disable_open_during_load': true,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'toolkit.telemetry.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
};

/** `env`: another user's HOME, where Firefox finds native hosts and managed storage. */
export function launchFirefox({ env }: { env?: NodeJS.ProcessEnv } = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: FIREFOX_PREFS,
    env,
  });
}

const DEFAULT_TIMEOUT = 10_000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Role = string;
interface NameOptions {
  name?: string | RegExp;
  exact?: boolean;
}

const textMatch = (m: string | RegExp): TextMatch =>
  typeof m === 'string' ? m : { source: m.source, flags: m.flags };

/** Playwright's Locator, as far as the page objects use it. */
export class FirefoxLocator {
  constructor(
    private readonly page: Page,
    private readonly steps: readonly LocateStep[],
  ) {}

  private with(step: LocateStep): FirefoxLocator {
    return new FirefoxLocator(this.page, [...this.steps, step]);
  }

  getByRole(role: Role, { name, exact }: NameOptions = {}): FirefoxLocator {
    return this.with({ kind: 'role', role, name: name && textMatch(name), exact });
  }

  getByLabel(label: string | RegExp, { exact }: { exact?: boolean } = {}): FirefoxLocator {
    return this.with({ kind: 'label', label: textMatch(label), exact });
  }

  filter({ hasText }: { hasText: string | RegExp }): FirefoxLocator {
    return this.with({ kind: 'text', text: textMatch(hasText) });
  }

  first(): FirefoxLocator {
    return this.with({ kind: 'first' });
  }

  private all(): Promise<JSHandle<Element[]>> {
    return this.page.evaluateHandle(
      `(${LOCATE})(${JSON.stringify(this.steps)})`,
    ) as unknown as Promise<JSHandle<Element[]>>;
  }

  count(): Promise<number> {
    return this.evaluateAll((els) => els.length);
  }

  async evaluateAll<R>(run: (elements: Element[]) => R): Promise<R> {
    const list = await this.all();
    try {
      return (await this.page.evaluate(run, list)) as R;
    } finally {
      await list.dispose();
    }
  }

  /** The first match, waited for as Playwright's actions wait. */
  private async element(timeout = DEFAULT_TIMEOUT): Promise<ElementHandle<Element>> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const list = await this.all();
      const first = (await list.evaluateHandle((els) => els[0] ?? null)).asElement();
      await list.dispose();
      if (first) return first as ElementHandle<Element>;
      if (Date.now() > deadline) {
        throw new Error(`Firefox driver: nothing matched ${JSON.stringify(this.steps)}`);
      }
      await sleep(50);
    }
  }

  private async onElement<R>(run: (el: Element) => R, timeout?: number): Promise<Awaited<R>> {
    const el = await this.element(timeout);
    try {
      return (await el.evaluate(run)) as Awaited<R>;
    } finally {
      await el.dispose();
    }
  }

  async waitFor({ state = 'visible', timeout = DEFAULT_TIMEOUT } = {}): Promise<void> {
    if (state === 'visible' || state === 'attached') {
      await (await this.element(timeout)).dispose();
      return;
    }
    const deadline = Date.now() + timeout;
    while ((await this.count()) > 0) {
      if (Date.now() > deadline) throw new Error(`Firefox driver: ${state} never came`);
      await sleep(50);
    }
  }

  async isVisible(): Promise<boolean> {
    return (await this.count()) > 0;
  }

  async click(): Promise<void> {
    const el = await this.element();
    try {
      // Real pointer input, so the click counts as a user gesture (pop-ups, permissions).
      await el.click();
    } finally {
      await el.dispose();
    }
  }

  textContent({ timeout }: { timeout?: number } = {}): Promise<string | null> {
    return this.onElement((el) => el.textContent, timeout);
  }

  getAttribute(name: string): Promise<string | null> {
    return this.element().then(async (el) => {
      const value = await el.evaluate((e, n) => e.getAttribute(n), name);
      await el.dispose();
      return value;
    });
  }

  inputValue(): Promise<string> {
    return this.onElement((el) => (el as HTMLInputElement).value);
  }

  allInnerTexts(): Promise<string[]> {
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's allInnerTexts is the rendered text.
    return this.evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
  }

  /** Sets the value as typing would, through the native setter React listens behind. */
  async fill(value: string): Promise<void> {
    const el = await this.element();
    try {
      await el.evaluate((e, text) => {
        const input = e as HTMLInputElement;
        const proto = Object.getPrototypeOf(input) as object;
        const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
        input.focus();
        setter?.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, value);
    } finally {
      await el.dispose();
    }
  }

  async selectOption({ label }: { label: string }): Promise<void> {
    const el = await this.element();
    try {
      const found = await el.evaluate((e, wanted) => {
        const select = e as HTMLSelectElement;
        const option = [...select.options].find((o) => o.label === wanted || o.text === wanted);
        if (!option) return false;
        const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
        setter?.call(select, option.value);
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      }, label);
      if (!found) throw new Error(`Firefox driver: no option ${label}`);
    } finally {
      await el.dispose();
    }
  }

  async setChecked(checked: boolean): Promise<void> {
    if ((await this.onElement((el) => (el as HTMLInputElement).checked)) !== checked) {
      await this.click();
    }
  }

  check(): Promise<void> {
    return this.setChecked(true);
  }
}

type Listener = (value: never) => void;

/** Playwright's Page, as far as the page objects use it. */
export class FirefoxPage {
  constructor(readonly raw: Page) {}

  getByRole(role: Role, options?: NameOptions): FirefoxLocator {
    return new FirefoxLocator(this.raw, []).getByRole(role, options);
  }

  getByLabel(label: string | RegExp, options?: { exact?: boolean }): FirefoxLocator {
    return new FirefoxLocator(this.raw, []).getByLabel(label, options);
  }

  /** 'console' and 'pageerror' carry the same objects' type() and text(), message and stack. */
  on(event: 'console' | 'pageerror', listener: Listener): this {
    this.raw.on(event, listener as (value: unknown) => void);
    return this;
  }

  evaluate<R, A>(run: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.raw.evaluate(run as (arg: unknown) => R, arg) as Promise<R>;
  }

  async waitForFunction(
    run: () => unknown,
    _arg?: unknown,
    { timeout = DEFAULT_TIMEOUT, polling = 100 }: { timeout?: number; polling?: number } = {},
  ): Promise<void> {
    await this.raw.waitForFunction(run, { timeout, polling });
  }

  waitForTimeout(ms: number): Promise<void> {
    return sleep(ms);
  }

  url(): string {
    return this.raw.url();
  }

  isClosed(): boolean {
    return this.raw.isClosed();
  }

  async goto(url: string, _options?: unknown): Promise<void> {
    await this.raw.goto(url, { waitUntil: 'load' });
  }

  async reload(_options?: unknown): Promise<void> {
    await this.raw.reload({ waitUntil: 'load' });
  }

  close(options?: { runBeforeUnload?: boolean }): Promise<void> {
    return this.raw.close(options);
  }
}

/**
 * Puppeteer's console messages give an Error argument as 'JSHandle@error': the page writes its
 * name and message instead, so a failing test's log says what went wrong.
 */
const READABLE_ERRORS = `(() => {
  const error = console.error.bind(console);
  console.error = (...args) =>
    error(...args.map((a) => (a instanceof Error || a instanceof DOMException ? a.name + ': ' + a.message : a)));
})();`;

/** Playwright's BrowserContext, as far as the page objects use it: every page gets the scripts. */
export class FirefoxContext {
  private readonly scripts = [recordPeerConnections, READABLE_ERRORS];

  constructor(readonly raw: BrowserContext) {}

  async addInitScript({ content }: { content: string }): Promise<void> {
    this.scripts.push(content);
    for (const page of await this.raw.pages()) await page.evaluateOnNewDocument(content);
  }

  async newPage(): Promise<FirefoxPage> {
    const page = await this.raw.newPage();
    for (const script of this.scripts) await page.evaluateOnNewDocument(script);
    return new FirefoxPage(page);
  }

  close(): Promise<void> {
    return this.raw.close();
  }
}

/**
 * The page object over a Firefox page. The one cast: PhonePage is typed with Playwright's
 * classes, of which these carry the part the page objects use.
 */
export function firefoxPhonePage(
  name: string,
  context: FirefoxContext,
  page: FirefoxPage,
): PhonePage {
  const phone = new PhonePage(name, context as unknown as PwContext, page as unknown as PwPage);
  phone.collectLogs(page as unknown as PwPage, '');
  return phone;
}

/** A fresh Firefox phone: its own user context (storage) and page, as openPhone() makes one. */
export async function openFirefoxPhone(
  browser: Browser,
  appUrl: string,
  name = 'firefox',
): Promise<PhonePage> {
  const context = new FirefoxContext(await browser.createBrowserContext());
  const page = await context.newPage();
  const phone = firefoxPhonePage(name, context, page);
  await page.goto(appUrl);
  return phone;
}
