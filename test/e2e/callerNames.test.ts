// Caller names in real Chromium against Kamailio: an imported vCard names the caller on the call,
// in the notification and in history; a lookup address served by a stand-in names a caller the
// phonebook does not know, and a slow one (5 s) does not delay the ring.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hideAndRecord, notifications, setHidden } from './notificationRecorder';
import type { PhonePage } from './phonePage';
import { e2eSession } from './session';

const { registered } = e2eSession();

/** A directory stand-in on 127.0.0.1: /who answers at once, /slow after 5 s, both with CORS. */
interface Directory {
  url: string;
  asked: { path: string; number: string; at: number; answeredAt?: number }[];
  stop(): Promise<void>;
}

async function startDirectory(): Promise<Directory> {
  const asked: Directory['asked'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const entry = {
      path: url.pathname,
      number: url.searchParams.get('n') ?? '',
      at: Date.now(),
    } as Directory['asked'][number];
    asked.push(entry);
    const answer = () => {
      entry.answeredAt = Date.now();
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Access-Control-Allow-Origin': '*',
      });
      res.end(
        JSON.stringify({ name: url.pathname === '/slow' ? 'Slow Directory' : 'Rossi Impianti' }),
      );
    };
    if (url.pathname === '/slow') setTimeout(answer, 5_000);
    else answer();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    asked,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

let directory: Directory | undefined;
beforeAll(async () => {
  directory = await startDirectory();
});
afterAll(async () => {
  await directory?.stop();
});

const VCARD =
  'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Giulia Bianchi\r\nORG:Bianchi Srl\r\nTEL;TYPE=WORK:100\r\nEND:VCARD\r\n';

async function importContacts(phone: PhonePage, text: string): Promise<void> {
  await phone.page
    .getByRole('navigation')
    .getByRole('button', { name: 'Contacts', exact: true })
    .click();
  await phone.page.getByLabel('Import contacts from a file', { exact: true }).setInputFiles({
    name: 'contacts.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from(text),
  });
  await phone.page.getByRole('status').filter({ hasText: 'contacts imported' }).waitFor();
}

async function setLookup(phone: PhonePage, url: string, seconds = '2'): Promise<void> {
  const section = await phone.openSection('Caller names');
  await section.getByRole('textbox', { name: 'Lookup address', exact: true }).fill(url);
  await section.getByRole('textbox', { name: 'Wait at most (seconds)', exact: true }).fill(seconds);
  await section.getByRole('button', { name: 'Save caller names', exact: true }).click();
  await section.getByRole('status').filter({ hasText: 'Caller names saved.' }).waitFor();
  await phone.home();
}

const shownName = (phone: PhonePage, number: string) =>
  phone.call(number).locator('.party strong').textContent();

describe('caller names', { timeout: 90_000 }, () => {
  it('names a caller from an imported vCard on the call, in the notification and in history', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    await bob.context.grantPermissions(['notifications']);
    await bob.context.addInitScript({ content: hideAndRecord });
    await bob.reload();
    await bob.expectRegistered(15_000);
    await importContacts(bob, VCARD);
    await bob.home();

    await setHidden(bob, true);
    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);
    await expect.poll(() => shownName(bob, '100')).toBe('Giulia Bianchi');
    // The ring's notification is replaced (same tag) by one with the name, as soon as it is found.
    await expect
      .poll(async () => (await notifications(bob)).map((n) => n.body).at(-1))
      .toBe('Giulia Bianchi (100)');
    expect(new Set((await notifications(bob)).map((n) => n.tag)).size).toBe(1);
    await expect.poll(() => bob.page.title()).toContain('Giulia Bianchi');
    await bob.decline('100');
    await bob.waitForHistoryEntry([/\b100\b/, /Giulia Bianchi/]);
  });

  it('asks the lookup address for a caller the phonebook does not know', async ({
    onTestFailed,
  }) => {
    if (!directory) throw new Error('beforeAll did not finish');
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    await setLookup(bob, `${directory.url}/who?n=!01`);
    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);
    await expect.poll(() => shownName(bob, '100')).toBe('Rossi Impianti');
    expect(directory.asked.filter((a) => a.path === '/who').map((a) => a.number)).toEqual(['100']);
    await alice.hangUp('101');
    await bob.waitForHistoryEntry([/\b100\b/, /Rossi Impianti/]);
  });

  it('rings at once while a slow lookup address is still answering', async ({ onTestFailed }) => {
    if (!directory) throw new Error('beforeAll did not finish');
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    await setLookup(bob, `${directory.url}/slow?n=!01`, '10');
    const dialled = Date.now();
    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);
    const rang = Date.now();
    expect(rang - dialled).toBeLessThan(3_000);
    // Ringing, with the SIP name, while the directory has been asked and has not answered yet.
    await expect.poll(() => directory?.asked.some((a) => a.path === '/slow')).toBe(true);
    expect(directory.asked.find((a) => a.path === '/slow')?.answeredAt).toBeUndefined();
    expect(await bob.callStatus('100')).toMatch(/Incoming call/);
    expect(await shownName(bob, '100')).toBe('Demo 100');
    // The name comes when the directory answers.
    await expect.poll(() => shownName(bob, '100'), { timeout: 10_000 }).toBe('Slow Directory');
    await alice.hangUp('101');
  });

  it('finds a contact by name in the dial box, and Enter calls it', async ({ onTestFailed }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    await importContacts(bob, VCARD);
    await bob.home();
    const box = bob.page.getByRole('combobox', { name: 'Number to call', exact: true });
    await box.fill('giul');
    const match = bob.page
      .getByRole('listbox', { name: 'Matching contacts and calls' })
      .getByRole('option');
    await expect
      .poll(() => match.allTextContents())
      .toEqual([expect.stringContaining('Giulia Bianchi')]);
    await box.press('Enter');
    await alice.waitForCallStatus('101', /Incoming call/);
    await expect.poll(() => shownName(bob, '100')).toBe('Giulia Bianchi');
    await bob.hangUp('100');
  });
});
