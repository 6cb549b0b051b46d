// Accessibility of every main screen, in light and dark: axe-core (WCAG 2.0/2.1 A and AA) finds no
// serious or critical violation. Beyond axe: the shortcuts dialog is modal, an incoming call is
// announced assertively, and no live region keeps talking (a call timer inside one would). Real
// phones through Kamailio; each screen is reached through the UI by roles and names, with the
// steps that depend on the screens' layout in the helpers below.
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resume } from './callPage';
import { colleague, watchColleagues } from './colleaguesPage';
import type { PhonePage } from './phonePage';
import { e2eSession } from './session';

const { open, registered } = e2eSession();

// --- Navigation: the only place that knows how the screens are reached. ---

/** The home screen: dial box, calls and history, with no settings or dialog over it. */
async function goHome(phone: PhonePage): Promise<void> {
  await phone.home();
  await phone.page.getByRole('combobox', { name: 'Number to call', exact: true }).waitFor();
}

/** The settings screen's sections, by title, in their order on the screen. */
const SECTIONS = [
  'Account',
  'Audio and notifications',
  'INTEGRA',
  'Caller names',
  'Bridge',
  'Keyboard shortcuts',
  'Dial plan',
  'Colleagues and voicemail',
  'Phone links',
  'This browser',
  'Back up and restore',
];

/** Opens the keyboard-shortcuts help from its button and returns the dialog. */
async function openShortcutHelp(phone: PhonePage): Promise<Locator> {
  await phone.page.getByRole('button', { name: 'Keyboard shortcuts', exact: true }).click();
  const dialog = phone.page.getByRole('dialog', { name: 'Keyboard shortcuts', exact: true });
  await dialog.waitFor();
  return dialog;
}

/** `caller` dials `to` and `callee` shows the call from `from` ringing. */
async function ring(caller: PhonePage, callee: PhonePage, from: string, to: string) {
  await caller.dial(to);
  await callee.waitForCallStatus(from, /Incoming call/);
}

/** `callee` answers the call from `from`; both sides are in the call. */
async function answer(callee: PhonePage, caller: PhonePage, from: string, to: string) {
  await callee.answer(from);
  await callee.waitForCallStatus(from, /^In call [0-9:]+$/);
  await caller.waitForCallStatus(to, /^In call [0-9:]+$/);
}

/** Hangs up the call with `number` and waits until it has left the screen for the history. */
async function hangUpAndClear(phone: PhonePage, number: string): Promise<void> {
  await phone.hangUp(number);
  await phone.call(number).waitFor({ state: 'detached', timeout: 20_000 });
}

// --- The check. ---

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCHEMES = ['light', 'dark'] as const;

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** One block per violation: what, how bad, where, and why, enough to fix it from the log. */
function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => {
        const why = (n.failureSummary ?? '').split('\n').slice(1).join('; ').trim();
        return `    ${n.target.map(String).join(' >>> ')}${why ? `: ${why}` : ''}`;
      });
      return [`  ${v.id} (${v.impact}): ${v.help} <${v.helpUrl}>`, ...nodes].join('\n');
    })
    .join('\n');
}

/**
 * Runs axe on the page as it is, once per colour scheme, and records (softly, so that every
 * screen is reported) each serious or critical violation.
 */
async function expectAccessible(phone: PhonePage, screen: string): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await phone.page.emulateMedia({ colorScheme });
    // A frame for any colour transition to finish before contrast is measured.
    await phone.page.waitForTimeout(300);
    const results = await new AxeBuilder({ page: phone.page }).withTags(TAGS).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const report = `${screen}, ${colorScheme}: ${bad.length} serious or critical violations\n${describeViolations(bad)}`;
    expect.soft(bad.length, report).toBe(0);
  }
  await phone.page.emulateMedia({ colorScheme: null });
}

/** Live regions (polite or assertive) as `name: text`, the way a screen reader would hear them. */
function liveRegions(phone: PhonePage): Promise<string[]> {
  return phone.page.evaluate(() => {
    const live =
      '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
    return [...document.querySelectorAll(live)].map((el) => {
      const name = el.getAttribute('aria-label') ?? el.getAttribute('role') ?? el.tagName;
      return `${name}: ${(el.textContent ?? '').trim()}`;
    });
  });
}

/**
 * Records (softly) every live region whose text changes within `ms` while nothing happens: a
 * ticking timer in one makes a screen reader talk every second.
 */
async function expectQuietLiveRegions(phone: PhonePage, screen: string, ms = 2_200) {
  const before = await liveRegions(phone);
  await phone.page.waitForTimeout(ms);
  const after = await liveRegions(phone);
  const changed = after.filter((text) => !before.includes(text));
  const message = `${screen}: live regions changed by themselves within ${ms} ms (a timer inside?): ${changed.join(' | ')}`;
  expect.soft(changed, message).toEqual([]);
}

/** The text of the assertive live regions (role alert or aria-live="assertive"). */
function assertiveText(phone: PhonePage): Promise<string> {
  return phone.page.evaluate(() =>
    [...document.querySelectorAll('[aria-live="assertive"], [role="alert"]')]
      .map((el) => (el.textContent ?? '').trim())
      .join(' | '),
  );
}

describe('accessibility (axe, WCAG 2.1 AA)', { timeout: 120_000 }, () => {
  it('first run: no account yet', async ({ onTestFailed }) => {
    const phone = await open('first run', onTestFailed);
    await phone.registration().waitFor();
    await phone.page.getByRole('form', { name: 'Account', exact: true }).waitFor();
    await expectAccessible(phone, 'first run');
  });

  it('idle, history, settings and the shortcuts dialog', async ({ onTestFailed }) => {
    const p100 = await registered('100', onTestFailed);
    const p101 = await registered('101', onTestFailed);
    await goHome(p100);
    await expectAccessible(p100, 'idle');

    await ring(p100, p101, '100', '101');
    await answer(p101, p100, '100', '101');
    await hangUpAndClear(p100, '101');
    await p100.waitForHistoryEntry([/^Outgoing 101\b/]);
    await ring(p101, p100, '101', '100');
    await p100.decline('101');
    await p100.call('101').waitFor({ state: 'detached', timeout: 20_000 });
    await p100.waitForHistoryEntry([/^Incoming 101\b/]);
    await expectAccessible(p100, 'history');

    // Every section at once: they open one at a time and axe skips what is hidden, so after
    // each has been opened once through its button (the way its contents load), the test shows
    // every section's contents together for one check instead of one per section.
    for (const section of SECTIONS) await p100.openSection(section);
    await p100.page.evaluate(() => {
      for (const contents of document.querySelectorAll('main section[aria-labelledby][hidden]')) {
        contents.removeAttribute('hidden');
      }
    });
    await expectAccessible(p100, 'settings, every section');

    // The colleagues panel and the voicemail light, shown once set.
    await watchColleagues(p100, { watched: ['101', '102'], voicemailNumber: '*97' });
    await colleague(p100, '101', 'Idle').waitFor();
    await expectAccessible(p100, 'colleagues');

    // The contacts screen with a contact, its form, and the dial box's suggestions.
    await p100.page
      .getByRole('navigation')
      .getByRole('button', { name: 'Contacts', exact: true })
      .click();
    await p100.page.getByRole('button', { name: 'New contact', exact: true }).click();
    await p100.page.getByRole('textbox', { name: 'Name', exact: true }).fill('Giulia Bianchi');
    await p100.page.getByRole('textbox', { name: 'Number 1', exact: true }).fill('101');
    await expectAccessible(p100, 'contact form');
    await p100.page.getByRole('button', { name: 'Save contact', exact: true }).click();
    await p100.page.getByRole('button', { name: 'Edit Giulia Bianchi', exact: true }).waitFor();
    await expectAccessible(p100, 'contacts');
    await goHome(p100);
    await p100.page.getByRole('combobox', { name: 'Number to call', exact: true }).fill('giu');
    await p100.page.getByRole('option').first().waitFor();
    await expectAccessible(p100, 'dial suggestions');
    await p100.page.getByRole('combobox', { name: 'Number to call', exact: true }).fill('');

    await goHome(p100);
    const dialog = await openShortcutHelp(p100);
    await expectAccessible(p100, 'shortcuts dialog');
    const modal = await dialog.evaluate((el) => el.matches(':modal'));
    expect
      .soft(modal, 'the shortcuts dialog is not modal: a <dialog> opened by showModal()')
      .toBe(true);
  });

  it('incoming call, in call, held, two lines', async ({ onTestFailed }) => {
    const p100 = await registered('100', onTestFailed);
    const p101 = await registered('101', onTestFailed);
    const p102 = await registered('102', onTestFailed);
    await goHome(p100);

    await ring(p101, p100, '101', '100');
    await expectAccessible(p100, 'incoming call');
    const alert = await assertiveText(p100);
    expect.soft(alert, `the incoming call is not announced assertively: "${alert}"`).toMatch(/101/);
    await expectQuietLiveRegions(p100, 'incoming call');

    await answer(p100, p101, '101', '100');
    await expectAccessible(p100, 'in call');
    await expectQuietLiveRegions(p100, 'in call');

    await p100.call('101').getByRole('button', { name: 'Hold', exact: true }).click();
    await p100.waitForCallStatus('101', /On hold/);
    await expectAccessible(p100, 'held');

    await resume(p100, '101');
    await p100.waitForCallStatus('101', /^In call [0-9:]+$/);
    await ring(p102, p100, '102', '100');
    await answer(p100, p102, '102', '100');
    await p100.waitForCallStatus('101', /On hold/);
    await expectAccessible(p100, 'two lines');
  });
});
