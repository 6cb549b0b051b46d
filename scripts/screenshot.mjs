// `node scripts/screenshot.mjs [file.png]`: takes the README's picture again (docs/screenshot.png
// by default). Builds the app into a temporary folder (dist/ is left alone), serves it, starts the
// local PBX, and drives two demo phones in headless Chromium (fake microphone), through the UI as
// a user would: 100 calls 101 and hangs up, then 101 calls 100 and 100 answers. The picture is
// phone 100 in that call, 420×800 CSS pixels. Needs Kamailio and Debian's chromium, as the
// end-to-end tests do (`npm test` installs both).
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

const OUT = resolve(process.argv[2] ?? join(ROOT, 'docs', 'screenshot.png'));
const VIEWPORT = { width: 420, height: 800 };

await runScript(async (stops) => {
  const { pbx, app, browser } = await startDemo(stops);

  const [me, other] = pbx.accounts;
  if (!me || !other) throw new Error('the local PBX has fewer than two demo accounts');
  const phone = await openPhone(browser, app.url, me, pbx);
  const caller = await openPhone(browser, app.url, other, pbx);

  // One call in the history: 100 calls 101, 101 answers, 100 hangs up.
  await dial(phone, other.extension);
  await button(callWith(caller, me.extension), 'Answer').click();
  await button(callWith(phone, other.extension), 'Hang up').waitFor();
  await phone.waitForTimeout(1500);
  await button(callWith(phone, other.extension), 'Hang up').click();
  await callWith(phone, other.extension).waitFor({ state: 'detached' });

  // The call in the picture: 101 calls 100, who answers.
  await dial(caller, me.extension);
  await button(callWith(phone, other.extension), 'Answer').click();
  await button(callWith(phone, other.extension), 'Hold').waitFor();
  await phone.waitForTimeout(2500);
  await phone.screenshot({ path: OUT });
  console.log(`${OUT}: ${Math.round(statSync(OUT).size / 1024)} kB`);
});

/** A window of its own (its own storage), registered with a demo account, settings closed. */
async function openPhone(browser, url, account, pbx) {
  // English whatever the machine's language, as in the README.
  const page = await openWindow(browser, url, { viewport: VIEWPORT });
  await register(page, account, pbx);
  await showSettings(page, false);
  return page;
}
