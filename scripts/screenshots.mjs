// `npm run screenshots`: a picture of each main screen at a phone's and a desktop's width, light
// and dark, into screenshots/ (git-ignored) as WIDTH-SCHEME-SCREEN.png, plus the idle and settings
// screens in Italian (…-it.png): to look the whole UI over after a change, without clicking
// through it. Same build, PBX and demo phones as scripts/screenshot.mjs (the README's picture).
// Run with tsx, which lets it take the Italian names of the controls from the app's own texts.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadTranslator } from '../src/i18n/index.ts';
import {
  button,
  callWith,
  dial,
  openWindow,
  register,
  runScript,
  showSettings,
  startDemo,
} from './demoPhones.mjs';
import { ROOT } from './deps.mjs';

const OUT = join(ROOT, 'screenshots');
const WIDTHS = [320, 390, 1280];
const SCHEMES = ['light', 'dark'];
const HEIGHT = 800;

/** Every width and scheme of the page as it is now, as `${width}-${scheme}-${screen}.png`. */
async function shoot(page, screen) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHT });
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await page.waitForTimeout(150);
      await page.screenshot({
        path: join(OUT, `${width}-${colorScheme}-${screen}.png`),
        fullPage: true,
      });
    }
  }
  console.log(`${screen}: ${WIDTHS.length * SCHEMES.length} pictures`);
}

async function waitForStatus(page, number, pattern) {
  await callWith(page, number)
    .getByRole('status', { name: 'Call status' })
    .getByText(pattern)
    .waitFor();
}

await runScript(async (stops) => {
  mkdirSync(OUT, { recursive: true });
  const { pbx, app, browser } = await startDemo(stops);
  const [a, b, c] = pbx.accounts;
  if (!a || !b || !c) throw new Error('the local PBX has fewer than three demo accounts');

  const phone = await openWindow(browser, app.url);
  // The setup's code loads on demand: wait for its form, not the "Loading…" before it.
  await phone.getByRole('form', { name: 'Account', exact: true }).waitFor();
  await shoot(phone, 'first-run');
  await register(phone, a, pbx);
  await showSettings(phone, false);
  const second = await openWindow(browser, app.url);
  await register(second, b, pbx);
  const third = await openWindow(browser, app.url);
  await register(third, c, pbx);

  // Two calls in the history: one answered and hung up, one declined.
  await dial(phone, b.extension);
  await button(callWith(second, a.extension), 'Answer').click();
  await button(callWith(phone, b.extension), 'Hold').waitFor();
  await phone.waitForTimeout(1500);
  await button(callWith(phone, b.extension), 'Hang up').click();
  await callWith(phone, b.extension).waitFor({ state: 'detached', timeout: 30_000 });
  await dial(third, a.extension);
  await button(callWith(phone, c.extension), 'Decline').click();
  await callWith(phone, c.extension).waitFor({ state: 'detached', timeout: 30_000 });
  await shoot(phone, 'idle');

  // The contacts screen with a few imported contacts, a contact's form, and the dial box's
  // suggestions for a name.
  const nav = (name) => phone.getByRole('navigation').getByRole('button', { name, exact: true });
  await nav('Contacts').click();
  await phone.getByLabel('Import contacts from a file', { exact: true }).setInputFiles({
    name: 'contacts.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from(
      [
        [
          'Mario Rossi',
          'Rossi Impianti S.r.l.',
          'TEL;TYPE=CELL:+39 333 123 4567\r\nTEL;TYPE=WORK:02 6161 616',
        ],
        ['Giulia Bianchi', 'Studio Bianchi', `TEL;TYPE=WORK:${b.extension}`],
        ['Marco Verdi', '', 'TEL:+39 06 1234 5678'],
      ]
        .map(
          ([fn, org, tel]) =>
            `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${fn}\r\nORG:${org}\r\n${tel}\r\nEND:VCARD\r\n`,
        )
        .join(''),
    ),
  });
  await phone.getByRole('status').filter({ hasText: 'contacts imported' }).waitFor();
  await shoot(phone, 'contacts');
  await phone.getByRole('button', { name: 'Edit Mario Rossi', exact: true }).click();
  await shoot(phone, 'contact-form');
  await phone.getByRole('button', { name: 'Cancel', exact: true }).click();
  await nav('Phone').click();
  await phone.getByRole('combobox', { name: 'Number to call', exact: true }).fill('mar');
  await phone.getByRole('option').first().waitFor();
  await shoot(phone, 'dial-search');
  await phone.getByRole('combobox', { name: 'Number to call', exact: true }).fill('');

  // The colleagues panel: 101 and 102 watched, and 103, which nothing registers (Offline); a
  // mailbox set.
  await showSettings(phone, true);
  await phone.getByRole('button', { name: /^Colleagues and voicemail\b/ }).click();
  await phone
    .getByRole('textbox', { name: 'Watched extensions', exact: true })
    .fill('101\n102\n103');
  await phone.getByRole('textbox', { name: 'Voicemail number', exact: true }).fill('*97');
  await phone.getByRole('button', { name: 'Save', exact: true }).click();
  await phone.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await showSettings(phone, false);
  await phone.getByRole('button', { name: /^Call 101\b.*, Idle$/ }).waitFor();
  await phone.getByRole('button', { name: /^Call 103, Offline/ }).waitFor();
  await shoot(phone, 'colleagues');

  await showSettings(phone, true);
  await shoot(phone, 'settings');
  // The account's advanced fields: servers, relay only, the time a lost connection may take.
  await button(phone.getByRole('form', { name: 'Account', exact: true }), 'Advanced').click();
  await shoot(phone, 'settings-account-advanced');
  await button(phone.getByRole('form', { name: 'Account', exact: true }), 'Advanced').click();
  // The audio section: devices, the audio tests, the ringtone, auto-answer and recording.
  await phone
    .getByRole('main')
    .getByRole('button', { name: /^Audio and notifications\b/ })
    .first()
    .click();
  await phone.getByRole('region', { name: 'Ringtone', exact: true }).waitFor();
  await shoot(phone, 'settings-audio');
  await showSettings(phone, false);

  await button(phone, 'Keyboard shortcuts').click();
  await phone.getByRole('dialog', { name: 'Keyboard shortcuts', exact: true }).waitFor();
  await shoot(phone, 'shortcuts');
  await phone.keyboard.press('Escape');

  await dial(second, a.extension);
  await button(callWith(phone, b.extension), 'Answer').waitFor();
  await shoot(phone, 'incoming');
  await button(callWith(phone, b.extension), 'Answer').click();
  await button(callWith(phone, b.extension), 'Hold').waitFor();
  await phone.waitForTimeout(1500);
  await shoot(phone, 'in-call');
  await button(callWith(phone, b.extension), 'Hold').click();
  await callWith(phone, b.extension)
    .getByRole('button', { name: 'Hold', pressed: true, exact: true })
    .waitFor();
  await shoot(phone, 'held');

  await dial(third, a.extension);
  await button(callWith(phone, c.extension), 'Answer').click();
  await waitForStatus(phone, c.extension, /^In call/);
  await shoot(phone, 'two-lines');

  await button(callWith(phone, c.extension), 'Merge').click();
  await callWith(phone, b.extension)
    .getByText(/^In a conference with/)
    .waitFor();
  await button(callWith(phone, c.extension), 'Record').click();
  await callWith(phone, c.extension).getByText('Recording', { exact: true }).waitFor();
  await phone.waitForTimeout(1500);
  await shoot(phone, 'conference-recording');

  // Last, as its registration takes the place of the first phone's: the same storage (account
  // and history) in a browser that prefers Italian.
  const state = await phone.context().storageState({ indexedDB: true });
  const it = await loadTranslator('it');
  const italian = await openWindow(browser, app.url, { locale: 'it-IT', storageState: state });
  await italian
    .getByRole('status', { name: it('registration'), exact: true })
    .getByText(it('reg.registered', { user: a.user }))
    .waitFor();
  await shoot(italian, 'idle-it');
  await showSettings(italian, true, it);
  await shoot(italian, 'settings-it');
  await italian.context().close();
});
