// `npm run bench:conference`: what a three-way conference costs the page that mixes it. Phone 100
// (fake microphone) is measured for BENCH_SECONDS (60) in each phase: registered and idle, in one
// call with 101, on two lines (102 live, 101 held), and with both merged. Figures: 100's
// main-thread busy time and renderer CPU in each phase (bench/cpu.ts). A merged call carries two
// calls' media, which the browser encodes, decodes and encrypts in the renderer whether mixed or
// not; the mix's own share is what merged costs beyond two single calls (two times one call's
// cost over idle). The target is under 5 % of one core for the mix.
import { connect } from '../test/e2e/callPage';
import { busyOver, cpuProbe, percent } from './cpu';
import { withBenchServers } from './phones';

const seconds = Number(process.env.BENCH_SECONDS ?? 60);

async function main(): Promise<void> {
  await withBenchServers(async ({ phone }) => {
    const host = await phone('100');
    const first = await phone('101');
    const second = await phone('102');
    const cdp = await cpuProbe(host.page);
    const idle = await busyOver(cdp, seconds * 1000);

    await connect(host, first, '100', '101');
    const oneCall = await busyOver(cdp, seconds * 1000);
    await second.dial('100');
    await host.waitForCallStatus('102', /Incoming call/);
    await host.answer('102');
    await host.waitForCallStatus('101', /· On hold/);
    const twoLines = await busyOver(cdp, seconds * 1000);

    await host.call('102').getByRole('button', { name: 'Merge', exact: true }).click();
    await host.waitForCallStatus('101', /^In call [0-9:]+$/);
    const merged = await busyOver(cdp, seconds * 1000);

    const phases = { idle, 'one call': oneCall, 'two lines (one held)': twoLines, merged };
    console.log(`\n== Conference: ${seconds} s in each phase, on phone 100 ==`);
    for (const [name, figures] of Object.entries(phases)) {
      console.log(
        `  ${name}: main thread busy ${percent(figures.task)}, renderer CPU ${percent(figures.process)}`,
      );
    }
    const [m, one, none] = [merged.process, oneCall.process, idle.process];
    if (m !== undefined && one !== undefined && none !== undefined) {
      console.log(`  one call's media: ${percent(one - none)} of one core`);
      console.log(
        `  the mix beyond two calls' media: ${percent(m - none - 2 * (one - none))} of one core`,
      );
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
