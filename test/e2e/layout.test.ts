// Layout at phone and desktop widths, in English and Italian (longer words): nothing scrolls
// sideways and the header stays on one line. Then the phone used with the keyboard alone: from
// page load, Tab to the dial box, type, Enter calls, Tab to Hang up, Enter hangs up.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language, Translate } from '../../src/i18n';
import { translator } from '../translator';
import { account, recordPeerConnections } from './harness';
import type { PhonePage } from './phonePage';
import { e2eSession } from './session';

const { started, registered } = e2eSession();

const WIDTHS = [320, 390, 1280];
const HEIGHT = 800;
/**
 * Tab presses allowed to reach a control: the header's five buttons (do not disturb, phone,
 * contacts, settings, shortcuts), then the dial box; from the dial box, Call and the dial-pad
 * toggle, then the call.
 */
const MAX_TABS = 6;
const LOCALES: Record<Language, string> = { en: 'en-US', it: 'it-IT' };

// --- Navigation: the only place that knows how the screens are reached. ---

interface Phone {
  page: Page;
  t: Translate;
}

const button = (scope: Page | Locator, name: string) =>
  scope.getByRole('button', { name, exact: true });

/** A phone in its own context whose browser prefers `language`, registered as `user`. */
async function openRegistered(browser: Browser, language: Language, user: string): Promise<Phone> {
  const { app, pbx } = started();
  const context = await browser.newContext({
    locale: LOCALES[language],
    viewport: { width: WIDTHS[WIDTHS.length - 1] ?? 1280, height: HEIGHT },
    permissions: ['microphone'],
  });
  contexts.push(context);
  await context.addInitScript({ content: recordPeerConnections });
  const page = await context.newPage();
  const t = translator(language);
  await page.goto(app.url, { waitUntil: 'load' });
  const acc = account(pbx, user);
  // No account yet: the window opens on the first-run setup, which asks for these three.
  const form = page.getByRole('form', { name: t('account'), exact: true });
  const field = (key: Parameters<Translate>[0]) => form.getByLabel(t(key), { exact: true });
  await field('sipAddress').fill(`${acc.user}@${pbx.domain}`);
  await field('password').fill(acc.password);
  await field('pbxUrl').fill(pbx.url);
  await button(form, t('saveAndRegister')).click();
  await page
    .getByRole('status', { name: t('registration'), exact: true })
    .getByText(t('reg.registered', { user }))
    .waitFor();
  return { page, t };
}

/** The settings screen (its account section opens first); returns the account form. */
async function goToSettings({ page, t }: Phone): Promise<Locator> {
  const form = page.getByRole('form', { name: t('account'), exact: true });
  const settings = button(page, t('nav.settings'));
  if ((await settings.getAttribute('aria-current')) !== 'page') await settings.click();
  await form.waitFor();
  return form;
}

/** The contacts screen, with one contact whose name and company are long. */
async function goToContacts({ page, t }: Phone): Promise<void> {
  await button(page.getByRole('navigation'), t('nav.contacts')).click();
  await button(page, t('contacts.new')).click();
  await page
    .getByRole('textbox', { name: t('contacts.name'), exact: true })
    .fill('Bartolomeo Ferdinando Esposito-Montecatini');
  await page
    .getByRole('textbox', { name: t('contacts.company'), exact: true })
    .fill('Impianti Elettrici Industriali S.r.l.');
  await page
    .getByRole('textbox', { name: t('contacts.numberN', { n: '1' }), exact: true })
    .fill('+39 02 6161 6161');
  await button(page, t('contacts.save')).click();
  await page
    .getByRole('list', { name: new RegExp(`^${t('contacts.list', { count: '1' })}`) })
    .waitFor();
}

/** The home screen: dial box, calls and history. */
async function goHome({ page, t }: Phone): Promise<void> {
  const home = page.getByRole('navigation').getByRole('button', {
    name: new RegExp(`^${t('nav.home')}\\b`),
  });
  if ((await home.getAttribute('aria-current')) !== 'page') await home.click();
  await dialBox({ page, t }).waitFor();
}

function dialBox({ page, t }: Phone): Locator {
  return page.getByRole('combobox', { name: t('numberToCall'), exact: true });
}

function callWith({ page, t }: Phone, number: string): Locator {
  return page.getByRole('region', { name: t('callWith', { number }), exact: true });
}

async function dial(phone: Phone, number: string): Promise<void> {
  await dialBox(phone).fill(number);
  await button(phone.page, phone.t('call')).click();
}

// --- The checks. ---

const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

interface Fit {
  scrollWidth: number;
  innerWidth: number;
  /** Elements whose right edge is past the window's. */
  overflowing: string[];
  /** Header children that sit below the first one instead of beside it. */
  belowFirst: string[];
  /** Header children whose own text runs onto more than one line. */
  wrappedText: string[];
}

/** Measures, in the page, what would make it scroll sideways or the header take two lines. */
function measure(page: Page): Promise<Fit> {
  return page.getByRole('banner').evaluate((header) => {
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).replace(/ /g, '.')}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    // The innermost elements past the right edge: the ones to fix.
    const past = (el: Element) => el.getBoundingClientRect().right > window.innerWidth + 0.5;
    const overflowing = [...document.body.querySelectorAll('*')]
      .filter((el) => past(el) && ![...el.children].some(past))
      .slice(0, 8)
      .map(describe);
    // On screen only: a visually hidden child (1 px, for screen readers) takes no row.
    const children = [...header.children].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1;
    });
    const first = children[0]?.getBoundingClientRect();
    const belowFirst = first
      ? children.filter((el) => el.getBoundingClientRect().top >= first.bottom - 1).map(describe)
      : [];
    const lines = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const rects = [...range.getClientRects()]
        .filter((r) => r.width > 0)
        .sort((a, b) => a.top - b.top);
      let count = 0;
      let bottom = Number.NEGATIVE_INFINITY;
      for (const r of rects) {
        if (r.top >= bottom - 1) count += 1;
        bottom = Math.max(bottom, r.bottom);
      }
      return count;
    };
    const wrappedText = children.filter((el) => lines(el) > 1).map(describe);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      overflowing,
      belowFirst,
      wrappedText,
    };
  });
}

/** At each width, records (softly, so every screen and width is reported) what does not fit. */
async function expectFits(phone: Phone, screen: string): Promise<void> {
  for (const width of WIDTHS) {
    await phone.page.setViewportSize({ width, height: HEIGHT });
    await phone.page.waitForTimeout(200);
    const fit = await measure(phone.page);
    const where = `${screen} at ${width} px`;
    expect
      .soft(
        fit.scrollWidth,
        `${where}: scrolls sideways; past the edge: ${fit.overflowing.join(', ')}`,
      )
      .toBe(fit.innerWidth);
    expect
      .soft(
        fit.belowFirst,
        `${where}: the header wraps; below its first row: ${fit.belowFirst.join(', ')}`,
      )
      .toEqual([]);
    expect
      .soft(fit.wrappedText, `${where}: header text on two lines: ${fit.wrappedText.join(', ')}`)
      .toEqual([]);
  }
}

/** Presses Tab until `target` has the focus; returns the presses it took, or fails past MAX_TABS. */
async function tabTo(page: Page, target: Locator, what: string): Promise<number> {
  const focused = () => target.evaluate((el) => el === document.activeElement).catch(() => false);
  const path: string[] = [];
  for (let presses = 1; presses <= MAX_TABS; presses += 1) {
    await page.keyboard.press('Tab');
    if (await focused()) return presses;
    path.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        const name = el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 30) ?? '';
        return `<${el?.tagName.toLowerCase()}> "${name}"`;
      }),
    );
  }
  throw new Error(
    `${what} not reached in ${MAX_TABS} Tab presses; the focus went ${path.join(' → ')}`,
  );
}

describe('layout', { timeout: 120_000 }, () => {
  it.for(['en', 'it'] as const)(
    'in %s: nothing scrolls sideways and the header is one line, idle, in call, settings, contacts',
    async (language, { onTestFailed }) => {
      const { browser } = started();
      const phone = await openRegistered(browser, language, '100');
      const other = await registered('101', onTestFailed);

      await goHome(phone);
      await expectFits(phone, `${language} idle`);

      // Do not disturb adds its words to the header: they must fit too, then it goes off again.
      const dnd = button(phone.page.getByRole('navigation'), phone.t('doNotDisturb'));
      await dnd.click();
      await expect.poll(() => dnd.getAttribute('aria-pressed')).toBe('true');
      await expectFits(phone, `${language} idle, do not disturb`);
      await dnd.click();
      await expect.poll(() => dnd.getAttribute('aria-pressed')).toBe('false');

      await goToSettings(phone);
      await expectFits(phone, `${language} settings`);

      await goToContacts(phone);
      await expectFits(phone, `${language} contacts`);

      await goHome(phone);
      await dial(phone, '101');
      await other.waitForCallStatus('100', /Incoming call/);
      await other.answer('100');
      await other.waitForCallStatus('100', /^In call [0-9:]+$/);
      await expectFits(phone, `${language} in call`);
    },
  );
});

describe('keyboard only', { timeout: 60_000 }, () => {
  it('from page load: Tab to the dial box, type, Enter calls; Tab to Hang up, Enter hangs up', async ({
    onTestFailed,
  }) => {
    const p100: PhonePage = await registered('100', onTestFailed);
    const p101 = await registered('101', onTestFailed);
    await p100.reload();
    await p100.expectRegistered();
    const phone = { page: p100.page, t: translator('en') };

    await tabTo(p100.page, dialBox(phone), 'The dial box');
    await p100.page.keyboard.type('101');
    await p100.page.keyboard.press('Enter');
    await p101.waitForCallStatus('100', /Incoming call/);

    const hangUp = button(callWith(phone, '101'), phone.t('hangUp'));
    await hangUp.waitFor();
    await tabTo(p100.page, hangUp, 'Hang up');
    await p100.page.keyboard.press('Enter');
    await p101.waitForCallStatus('100', /^(?!Incoming call)/);
    await p100.waitForCallStatus('101', /^(?!Calling|Ringing)/);
  });
});
