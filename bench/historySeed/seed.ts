// Served beside the app (same origin, same IndexedDB): writes a synthetic history through the
// app's own writer, then reports how long it took on window.__seeded.
import { createHistoryWriter } from '../../src/storage/historyWriter';
import { syntheticHistory, syntheticParties } from '../historyData';

const params = new URLSearchParams(location.search);
const calls = Number(params.get('calls') ?? 100_000);
const parties = Number(params.get('parties') ?? 3_000);

async function seed(): Promise<void> {
  const history = syntheticHistory(calls, syntheticParties(parties));
  const writer = createHistoryWriter();
  const start = performance.now();
  await Promise.all(history.map(writer.save));
  await writer.settled();
  const ms = performance.now() - start;
  (window as unknown as { __seeded: unknown }).__seeded = { ms, calls };
  document.getElementById('state')?.replaceChildren(`seeded ${calls} calls in ${ms.toFixed(0)} ms`);
}

seed().catch((error: unknown) => {
  (window as unknown as { __seeded: unknown }).__seeded = { error: String(error) };
});
