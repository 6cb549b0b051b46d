// `npm run bench:conference`: what a three-way conference costs the page that mixes it. Phone 100
// talks to 101 and 102 (fake microphones) through Kamailio: BENCH_SECONDS (60) with one call
// live and the other on hold, then as long merged. Figures: 100's main-thread busy time and
// renderer CPU in each phase (bench/cpu.ts). The target is under 5 % more of one core for the mix.
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

    await connect(host, first, '100', '101');
    await second.dial('100');
    await host.waitForCallStatus('102', /Incoming call/);
    await host.answer('102');
    await host.waitForCallStatus('101', /· On hold/);
    const twoLines = await busyOver(cdp, seconds * 1000);

    await host.call('102').getByRole('button', { name: 'Merge', exact: true }).click();
    await host.waitForCallStatus('101', /^In call [0-9:]+$/);
    const merged = await busyOver(cdp, seconds * 1000);

    console.log(
      `\n== Conference: ${seconds} s on two lines (one held), then ${seconds} s merged ==`,
    );
    console.log(
      `  100's main thread busy (TaskDuration): ${percent(twoLines.task)} on two lines, ${percent(merged.task)} merged`,
    );
    console.log(
      `  100's renderer CPU (ProcessTime): ${percent(twoLines.process)} on two lines, ${percent(merged.process)} merged`,
    );
    if (twoLines.process !== undefined && merged.process !== undefined) {
      console.log(`  the mix adds ${percent(merged.process - twoLines.process)} of one core`);
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
