// Keyboard shortcuts in real Chromium against Kamailio: dial the selected text, a binding changed
// in settings that survives a reload, answer and hang up by key, and the "Call selection"
// bookmarklet run on another site.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { PhonePage } from './phonePage';
import { e2eSession } from './session';

const { registered } = e2eSession();

/** Writes text into the dial box and selects it all, as a user would before the shortcut. */
async function selectInDialBox(phone: PhonePage, text: string): Promise<void> {
  const box = phone.page.getByRole('combobox', { name: 'Number to call', exact: true });
  await box.fill(text);
  await box.focus();
  await phone.page.keyboard.press('Control+A');
  expect(
    await box.evaluate((el: HTMLInputElement) =>
      el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
    ),
  ).toBe(text);
}

/** The number of calls showing on the phone (live or just ended). */
function callCount(phone: PhonePage): Promise<number> {
  return phone.page.getByRole('region', { name: /^Call with / }).count();
}

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** A page on another origin (another port of 127.0.0.1) showing `html`. */
async function otherSite(html: string): Promise<string> {
  server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe('hotkeys', { timeout: 60_000 }, () => {
  // The extension stands inside a sentence, as people write it, in English and Italian.
  it.for([
    'Bob (sales), ext. 101 – mornings only',
    'Please call Mr Rossi on 101 (ext)',
    'Mr Bianchi, direct line 101, mornings',
    'Per urgenze chiamare il sig. Verdi al 101 entro le 18',
  ])('the dial-selection shortcut calls the number in %j', async (text, { onTestFailed }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);

    await selectInDialBox(alice, text);
    await alice.page.keyboard.press('Alt+Shift+D');
    await bob.waitForCallStatus('100', /Incoming call/);
    await alice.waitForCallStatus('101', /Ringing|Calling/);
  });

  it('a selection with only an order number and a date dials nothing and says so', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);

    await selectInDialBox(alice, 'Ordine n. 101 del 12/03/2024, totale € 101,50');
    await alice.page.keyboard.press('Alt+Shift+D');
    await expect
      .poll(() => alice.page.getByRole('alert').first().textContent())
      .toMatch(/No phone number found/);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await bob.receivedInvites()).toEqual([]);
  });

  it('with nothing selected, the shortcut reads the clipboard, or says why it cannot', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);

    // No permission: the browser refuses, the user is told, nothing is dialled.
    await alice.page.keyboard.press('Alt+Shift+D');
    await alice.page
      .getByRole('alert')
      .filter({ hasText: /did not allow reading the clipboard/ })
      .waitFor();
    expect(await callCount(alice)).toBe(0);

    await alice.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await alice.page.evaluate(() => navigator.clipboard.writeText('Bob: ext. 101'));
    await alice.page.keyboard.press('Alt+Shift+D');
    await bob.waitForCallStatus('100', /Incoming call/);
  });

  it('a shortcut rebound in settings works after a reload, and the old keys no longer do', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);

    await alice.openSection('Keyboard shortcuts');
    const form = alice.page.getByRole('form', { name: 'Keyboard shortcuts', exact: true });
    const field = form.getByRole('textbox', {
      name: 'Dial the selection or the clipboard',
      exact: true,
    });
    await field.click();
    await alice.page.keyboard.press('Alt+Shift+J');
    expect(await field.inputValue()).toBe('Alt+Shift+J');
    await form.getByRole('button', { name: 'Save shortcuts', exact: true }).click();
    await form.getByRole('status').filter({ hasText: 'Shortcuts saved.' }).waitFor();

    await alice.reload();
    await alice.expectRegistered(15_000);
    await selectInDialBox(alice, 'ext. 101');
    await alice.page.keyboard.press('Alt+Shift+D');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await callCount(alice)).toBe(0);
    await alice.page.keyboard.press('Alt+Shift+J');
    await bob.waitForCallStatus('100', /Incoming call/);
  });

  it('answer and hang-up shortcuts drive an incoming call; hang-up declines a ringing one', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);

    await bob.dial('100');
    await alice.waitForCallStatus('101', /Incoming call/);
    await alice.page.keyboard.press('Alt+Shift+P');
    await alice.waitForCallStatus('101', /In call/);
    await bob.waitForCallStatus('100', /In call/);
    await alice.page.keyboard.press('Alt+Shift+X');
    await bob.waitForCallStatus('100', /Ended by the other party/);
    await alice.waitForHistoryEntry([/Incoming/, /\b101\b/]);

    // The ended calls' panels go after a few seconds; then the next call has the only one.
    await expect.poll(() => callCount(bob), { timeout: 6_000 }).toBe(0);
    await expect.poll(() => callCount(alice), { timeout: 6_000 }).toBe(0);
    await bob.dial('100');
    await alice.waitForCallStatus('101', /Incoming call/);
    await alice.page.keyboard.press('Alt+Shift+X');
    await bob.waitForCallStatus('100', /Declined|Busy|Rejected/);
  });

  it('the Call selection bookmarklet, run on another site, makes the phone call', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    await alice.openSection('Keyboard shortcuts');
    const href = await alice.page
      .getByRole('link', { name: 'Call selection', exact: true })
      .getAttribute('href');
    expect(href).toMatch(/^javascript:/);

    const url = await otherSite(
      '<!doctype html><title>CRM</title><p id="contact">Bob "Sales" &lt;/script&gt;\nTel. ext. 101, it\'s urgent</p>',
    );
    const site = await alice.context.newPage();
    onTestFailed(() => console.log(`site: ${site.url()}`));
    await site.goto(url);
    await site.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('contact') as HTMLElement);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    // What a click on the bookmark does: the browser runs the javascript: address in the page.
    const popup = site.waitForEvent('popup');
    await site.evaluate((code) => {
      location.href = code;
    }, href ?? '');
    const window = await popup;
    expect(window.url()).toContain(`${new URL(alice.page.url()).origin}/?uri=`);
    await bob.waitForCallStatus('100', /Incoming call/, 15_000);
    expect(site.url()).toBe(url);
  });
});
