// Served to Chromium by bench/contacts.ts: runs the phonebook bench in the page, against the
// browser's own IndexedDB, and leaves the figures on window.__contacts.
import { runContactsBench } from '../contactsRun';

const params = new URLSearchParams(location.search);
const target = window as unknown as { __contacts: unknown };

runContactsBench(Number(params.get('calls') ?? 100_000), Number(params.get('contacts') ?? 5_000))
  .then((figures) => {
    target.__contacts = figures;
    document.getElementById('state')?.replaceChildren('done');
  })
  .catch((error: unknown) => {
    target.__contacts = { error: String(error) };
  });
