// `npm run bench`: builds dist/ if it is missing or older than the sources, then measures the
// first-load JavaScript and call setup times, and prints the figures. Nothing is asserted.
// BENCH_CALLS (default 20) and BENCH_BARE_STUN_CALLS (default 3) set the number of calls.
import { type BundleSizeResult, runBundleSize } from './bundleSize';
import { type CallSetupResult, runCallSetup, type VariantResult } from './callSetup';
import { appRoot, buildIfStale, median, worst } from './common';

const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '–');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

function printBundle(b: BundleSizeResult): void {
  console.log('\n== First-load JavaScript (dist/index.html module scripts + modulepreloads) ==');
  for (const f of b.files) {
    console.log(
      `  ${pad(f.path, 40)} ${lpad(kb(f.bytes), 10)} raw ${lpad(kb(f.gzipBytes), 10)} gzip`,
    );
  }
  console.log(
    `  total: ${kb(b.totalBytes)} raw, ${kb(b.totalGzipBytes)} gzip -9 (target ≤ 150 KB)`,
  );
  console.log('  by package (minified bytes from the sourcemap; gzip share pro rata):');
  for (const p of b.packages.slice(0, 10)) {
    console.log(`    ${pad(p.name, 30)} ${lpad(kb(p.bytes), 10)}  ~${kb(p.gzipShareBytes)} gzip`);
  }
  console.log('  largest modules (minified bytes):');
  for (const m of b.modules) console.log(`    ${pad(m.name, 60)} ${lpad(kb(m.bytes), 10)}`);
}

function printCalls(r: CallSetupResult): void {
  console.log('\n== Call setup (click Call → INVITE at callee / → ACK of the 200 OK) ==');
  console.log(`  STUN packets received by the dead STUN server ${r.stunUrl}: ${r.stunPackets}`);
  for (const v of r.variants) {
    console.log(
      `  -- ${v.name}: ${v.samples.length}/${v.planned} calls measured, ${v.stunPackets} STUN packets sent to the dead server`,
    );
    for (const f of v.failures) console.log(`     failure: ${f}`);
    const names = [...new Set(v.samples.flatMap((s) => Object.keys(s.parts)))];
    for (const name of names) {
      const xs = v.samples.flatMap((s) => (s.parts[name] === undefined ? [] : [s.parts[name]]));
      console.log(
        `     ${pad(name, 42)} median ${lpad(ms(median(xs)), 9)}  worst ${lpad(ms(worst(xs)), 9)}`,
      );
    }
  }
}

function printSummary(b: BundleSizeResult | undefined, r: CallSetupResult | undefined): void {
  console.log('\n================ SUMMARY ================');
  if (b) {
    const verdict = b.totalGzipBytes <= 150 * 1024 ? 'meets' : 'misses';
    console.log(`First-load JS: ${kb(b.totalGzipBytes)} gzip (${verdict} target ≤ 150 KB)`);
  }
  if (!r) return;
  const head = `${pad('variant', 24)} ${lpad('N', 6)} ${lpad('INVITE med', 11)} ${lpad('worst', 9)} ${lpad('confirm med', 12)} ${lpad('worst', 9)}`;
  console.log(head);
  for (const v of r.variants) {
    const inv = v.samples.map((s) => s.inviteMs);
    const conf = v.samples.map((s) => s.confirmedMs);
    console.log(
      `${pad(v.name, 24)} ${lpad(`${v.samples.length}/${v.planned}`, 6)} ${lpad(ms(median(inv)), 11)} ${lpad(ms(worst(inv)), 9)} ${lpad(ms(median(conf)), 12)} ${lpad(ms(worst(conf)), 9)}`,
    );
  }
  const find = (kind: string, stun: boolean) =>
    r.variants.find((v) => v.kind === kind && v.stun === stun);
  const ratio = (
    a: VariantResult | undefined,
    b: VariantResult | undefined,
    pick: 'inviteMs' | 'confirmedMs',
  ) => {
    if (!a || !b) return Number.NaN;
    return median(a.samples.map((s) => s[pick])) / median(b.samples.map((s) => s[pick]));
  };
  for (const stun of [false, true]) {
    const app = find('app', stun);
    const bare = find('bare', stun);
    const i = ratio(app, bare, 'inviteMs');
    const c = ratio(app, bare, 'confirmedMs');
    const label = stun ? 'with dead STUN' : 'no STUN       ';
    const ok = (x: number) => (x <= 0.5 ? 'meets' : 'misses');
    console.log(
      `app/bare median ${label}: INVITE ${i.toFixed(3)} (${ok(i)} ≤ 0.5), confirmed ${c.toFixed(3)} (${ok(c)} ≤ 0.5)`,
    );
  }
  const appStun = find('app', true);
  if (appStun) {
    const w = worst(appStun.samples.map((s) => s.confirmedMs));
    const slow = appStun.samples.filter((s) => s.confirmedMs > 1000).length;
    console.log(
      `app with dead STUN: worst confirmed ${ms(w)}, ${slow} call(s) over 1 s, ${appStun.failures.length} failed (target: none over 1 s)`,
    );
  }
  const noStun = find('app', false);
  if (appStun && noStun) {
    // Only the first call may wait for the dead server: the next ones know it did not answer.
    const base = median(noStun.samples.map((s) => s.inviteMs));
    const [first, ...next] = appStun.samples.map((s) => s.inviteMs);
    const late = next.filter((x) => x > base + 50).length;
    console.log(
      `app with dead STUN: INVITE at the callee on the first call ${ms(first ?? Number.NaN)}, on the next ${next.length} median ${ms(median(next))} worst ${ms(worst(next))}, against ${ms(base)} without STUN; ${late} of them more than 50 ms over it (target 0)`,
    );
  }
  const bareStun = find('bare', true);
  if (bareStun && bareStun.planned < (find('bare', false)?.planned ?? 0)) {
    console.log(
      `note: bare JsSIP with dead STUN ran only ${bareStun.planned} calls (each waits for ICE gathering to time out on both sides).`,
    );
  }
}

async function main(): Promise<void> {
  const calls = Number(process.env.BENCH_CALLS ?? 20);
  const bareStunCalls = Number(process.env.BENCH_BARE_STUN_CALLS ?? 3);
  buildIfStale();
  let bundle: BundleSizeResult | undefined;
  let setup: CallSetupResult | undefined;
  try {
    bundle = await runBundleSize(appRoot);
    printBundle(bundle);
  } catch (error) {
    console.log(`bundle size failed: ${error instanceof Error ? error.message : error}`);
  }
  try {
    setup = await runCallSetup({ calls, bareStunCalls });
    printCalls(setup);
  } catch (error) {
    console.log(
      `call setup failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
    );
  }
  printSummary(bundle, setup);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
