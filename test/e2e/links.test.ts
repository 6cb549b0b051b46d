// Command links through real windows, Chromium and Kamailio: a link opened in a second window of
// the browser (`/?uri=…`, as a protocol handler or an e-mail opens it) is carried out by the one
// window that holds the phone; the second window never registers a second phone.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { account } from './harness';
import type { PhonePage } from './phonePage';
import { e2eSession } from './session';

const { registered, started } = e2eSession();

/** Records the whole text of each INVITE a page receives, in window.__inviteTexts. */
const RECORD_INVITE_TEXTS = `(() => {
  const Socket = window.WebSocket;
  const texts = [];
  Object.defineProperty(window, '__inviteTexts', { value: texts });
  window.WebSocket = class extends Socket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        if (typeof e.data === 'string' && e.data.startsWith('INVITE ') && texts.length < 20) {
          texts.push(e.data);
        }
      });
    }
  };
})();`;

/** The text of the window's result for a link it handed over. */
function delivery(page: Page, role: 'status' | 'alert') {
  return page.locator('.link-delivery').and(page.getByRole(role));
}

/** Neither window of `phone`'s browser but the first holds the registration. */
async function expectOnePhone(phone: PhonePage, second: Page) {
  if (second.isClosed()) return;
  const status = second.getByRole('status', { name: 'Registration', exact: true });
  expect(await status.textContent()).not.toMatch(/Registered as/);
  expect(await phone.registrationText()).toMatch(/Registered as/);
}

describe('command links', { timeout: 60_000 }, () => {
  it('C, then D with the Call ID: the first window calls 101, and hangs up', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);

    // Exactly the address the issue names: web+voispeed:C 101, percent-encoded.
    const second = await alice.openLink('web+voispeed:C 101');
    // Taken out of the address, so a reload does not call again.
    await expect.poll(() => second.evaluate(() => location.search)).toBe('');
    await bob.waitForCallStatus('100', /Incoming call/);
    await alice.waitForCallStatus('101', /Calling|Ringing/);
    await expect
      .poll(() => delivery(second, 'status').textContent(), { timeout: 5_000 })
      .toMatch(/Sent to the phone window\. Calling 101\./);
    await expectOnePhone(alice, second);
    // Opened only to hand the link over: it closes itself, or at least says it may be closed.
    await second.waitForEvent('close', { timeout: 6_000 }).catch(() => undefined);
    if (!second.isClosed()) {
      expect(await delivery(second, 'status').textContent()).toMatch(/may close this window/);
    }

    await bob.answer('100');
    await alice.waitForCallStatus('101', /In call/);
    // The Call ID as the PBX passes it on (Integra's !05): Kamailio keeps the caller's.
    const [invite] = await bob.receivedInvites();
    expect(invite?.callId).toBeTruthy();
    await alice.openLink(`web+voispeed:D ${invite?.callId}`);
    await alice.waitForCallStatus('101', /Hung up/);
    await bob.waitForCallStatus('100', /Ended by the other party/);
  });

  it('a window a script opened for a link (a bookmarklet) closes itself once the call is placed', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    const popup = alice.page.waitForEvent('popup');
    await alice.page.evaluate(() => {
      window.open('/?uri=web%2Bvoispeed%3AC%20101', '_blank', 'popup');
    });
    const opened = await popup;
    await bob.waitForCallStatus('100', /Incoming call/);
    await opened.waitForEvent('close', { timeout: 8_000 });
    expect(await alice.page.getByRole('region', { name: /^Call with / }).count()).toBe(1);
  });

  it('a call with an extended ID carries it to the PBX in X-Extended-ID', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    // Test-side only: bob's page keeps the text of every INVITE it receives.
    await bob.context.addInitScript({ content: RECORD_INVITE_TEXTS });
    await bob.reload();
    await bob.expectRegistered(15_000);

    await alice.openLink('web+voispeed:101 , CRM-42');
    await bob.waitForCallStatus('100', /Incoming call/);
    const texts = await bob.page.evaluate(
      () => (window as unknown as { __inviteTexts: string[] }).__inviteTexts,
    );
    expect(texts[0]).toMatch(/\r\nX-Extended-ID: CRM-42\r\n/);
  });

  it('F 102 during a call: the call is transferred and 102 rings', async ({ onTestFailed }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    const carol = await registered('102', onTestFailed);
    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);
    await bob.answer('100');
    await alice.waitForCallStatus('101', /In call/);

    await alice.openLink('web+voispeed:F 102');
    // Alice's REFER sends 101 on to 102.
    await carol.waitForCallStatus('101', /Incoming call/);
    await carol.answer('101');
    await carol.waitForCallStatus('101', /In call/);
    await alice.waitForCallStatus('101', /Transferred/);
  });

  it('U: the phone window asks first; Cancel changes nothing, Apply registers the new account', async ({
    onTestFailed,
  }) => {
    const { pbx } = started();
    const alice = await registered('100', onTestFailed);
    const target = account(pbx, '102');
    // The PBX keeps plain passwords; the link carries their digest HA1 (realm = SIP domain).
    const ha1 = createHash('md5')
      .update(`${target.user}:${pbx.domain}:${target.password}`)
      .digest('hex')
      .toUpperCase();
    const host = new URL(pbx.url).host;
    const link = `web+voispeed:U${target.user}@${pbx.domain},${ha1},${target.extension},ws://${host}`;
    const dialog = alice.page.getByRole('dialog', { name: 'Apply this configuration?' });

    await alice.openLink(link);
    await dialog.waitFor();
    const shown = (await dialog.textContent()) ?? '';
    expect(shown).toContain(`102@${pbx.domain}`);
    expect(shown).toContain(`ws://${host}`);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await alice.registrationText()).toMatch(/Registered as 100\b/);

    // Settings stay open meanwhile: the form must follow the account it would save over.
    const form = await alice.openSettings();
    await alice.openLink(link);
    await dialog.getByRole('checkbox', { name: /digest HA1/ }).check();
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    expect(await alice.waitForRegistration(/Registered as 102\b/, 15_000)).toMatch(/102/);
    await expect
      .poll(() => form.getByLabel('SIP address', { exact: true }).inputValue())
      .toBe(`102@${pbx.domain}`);
    expect(await form.getByLabel('Extension', { exact: true }).inputValue()).toBe('102');
    expect(await form.getByRole('status').textContent()).toMatch(/account was changed/);
    await form.getByRole('button', { name: 'Save and register', exact: true }).click();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await alice.registrationText()).toMatch(/Registered as 102\b/);
  });

  it('sip: to another domain: refused naming the host, then called at that exact address once allowed', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const link = 'sip:402@other.example.com;transport=tcp?X-Header=1';
    const refused = delivery(await alice.openLink(link), 'alert');
    await refused.waitFor();
    expect(await refused.textContent()).toContain(
      'The link calls sip:402@other.example.com;transport=tcp, at another domain (other.example.com).',
    );
    expect(await alice.sentInvites()).toEqual([]);

    const form = await alice.openSettings();
    await form.getByRole('checkbox', { name: /other domains/ }).check();
    await form.getByRole('button', { name: 'Save and register', exact: true }).click();
    await alice.expectRegistered(15_000);
    await alice.openLink(link);
    await expect.poll(() => alice.sentInvites().then((sent) => sent.length)).toBeGreaterThan(0);
    const [invite = ''] = await alice.sentInvites();
    expect(invite.split('\r\n')[0]).toBe('INVITE sip:402@other.example.com;transport=tcp SIP/2.0');
    expect(invite).not.toMatch(/X-Header/i);
  });

  for (const [link, message] of [
    ['web+voispeed:X 101', 'The link asks for an unknown command: "X".'],
    ['web+voispeed:C 10<1>', 'The link\'s number cannot be dialled: "10<1>".'],
    ['web+voispeed:abc', 'The link\'s number cannot be dialled: "abc".'],
    ['tel:*#', 'The link\'s number cannot be dialled: "*#".'],
    // Encoded once more than the route decodes: never 101.
    ['web+voispeed:C%2520101', 'The link is not properly encoded, or is encoded twice.'],
    ['voispeed%3AC%20101', 'The link is not properly encoded, or is encoded twice.'],
    [
      'sip:101@other.example.com',
      'The link calls sip:101@other.example.com, at another domain (other.example.com).',
    ],
  ] as const) {
    it(`a malformed link (${link}) says so and dials nothing`, async ({ onTestFailed }) => {
      const alice = await registered('100', onTestFailed);
      const bob = await registered('101', onTestFailed);
      const second = await alice.openLink(link);
      const alert = delivery(second, 'alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(`Link not carried out. ${message}`);
      expect(await alice.page.getByRole('alert').first().textContent()).toContain(message);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await bob.receivedInvites()).toEqual([]);
      expect(await alice.page.getByRole('region', { name: /^Call with / }).count()).toBe(0);
      await expectOnePhone(alice, second);
    });
  }

  it('the manifest shortcuts focus the dial box and the history search', async ({
    onTestFailed,
  }) => {
    // A phone that is set up: without an account the window shows the first-run setup instead.
    const phone = await registered('100', onTestFailed);
    const origin = new URL(phone.page.url()).origin;
    // The dial box is the one combobox; the history search a search field.
    const focused = () =>
      phone.page.evaluate(() => {
        const field = document.activeElement;
        return field?.getAttribute('role') ?? field?.getAttribute('type');
      });
    await phone.page.goto(`${origin}/?view=dial`, { waitUntil: 'load' });
    await expect.poll(focused).toBe('combobox');
    await phone.page.goto(`${origin}/?view=history`, { waitUntil: 'load' });
    await expect.poll(focused).toBe('search');
  });
});
