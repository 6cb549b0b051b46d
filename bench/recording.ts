// `npm run bench:recording`: what recording a call costs. Two phones in Chromium (fake
// microphones) talk through Kamailio for BENCH_SECONDS (60) without recording, then as long
// recording (100 presses Record). Figures: the stored recording's bytes per minute, and the main
// thread's busy time on 100's page in each phase (CDP Performance.getMetrics TaskDuration, as a
// share of the wall time). Web Audio's mixing and the encoder run on other threads, so the
// renderer process's CPU time (ProcessTime, where Chromium reports it) is printed beside it.
import { connect } from '../test/e2e/callPage';
import { historyRecording, recordButton, storedRecordings } from '../test/e2e/recordingPage';
import { busyOver, cpuProbe, percent as pct } from './cpu';
import { withBenchServers } from './phones';

const seconds = Number(process.env.BENCH_SECONDS ?? 60);

async function main(): Promise<void> {
  await withBenchServers(async ({ phone }) => {
    const alice = await phone('100');
    const bob = await phone('101');
    const cdp = await cpuProbe(alice.page);

    await connect(alice, bob, '100', '101');
    const plain = await busyOver(cdp, seconds * 1000);
    await recordButton(alice, '101').click();
    const recording = await busyOver(cdp, seconds * 1000);
    await alice.hangUp('101');
    await historyRecording(alice, '101').waitFor({ timeout: 15_000 });
    const [stored] = await storedRecordings(alice);
    if (!stored) throw new Error('no recording stored');

    console.log(`\n== Recording: one call, ${seconds} s without, then ${seconds} s recording ==`);
    console.log(
      `  stored: ${stored.bytes} bytes for ${stored.seconds.toFixed(1)} s of ${stored.mimeType} in ${stored.count} chunks`,
    );
    console.log(
      `  bytes per minute: ${Math.round((stored.bytes / stored.seconds) * 60)} (${(((stored.bytes / stored.seconds) * 60 * 60) / 1e6).toFixed(1)} MB an hour)`,
    );
    console.log(
      `  100's main thread busy (TaskDuration): ${pct(plain.task)} in the call, ${pct(recording.task)} recording`,
    );
    console.log(
      `  100's renderer CPU (ProcessTime): ${pct(plain.process)} in the call, ${pct(recording.process)} recording`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
