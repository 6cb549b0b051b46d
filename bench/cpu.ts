// How busy a page is, read over CDP while a benchmark waits: the main thread's task time
// (Performance.getMetrics TaskDuration) and, where Chromium reports it, the renderer process's
// CPU time (ProcessTime, which counts Web Audio's and the encoders' own threads too), each as a
// share of the wall time.
import type { CDPSession, Page } from 'playwright-core';

export interface Busy {
  task: number;
  process?: number;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

/** A CDP session on the page with performance metrics on. */
export async function cpuProbe(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

/** Seconds of main-thread tasks (and of the process's CPU) per second of wall time over `ms`. */
export async function busyOver(cdp: CDPSession, ms: number): Promise<Busy> {
  const before = await metrics(cdp);
  const started = Date.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = await metrics(cdp);
  const wall = (Date.now() - started) / 1000;
  const share = (key: string) =>
    before[key] === undefined || after[key] === undefined
      ? undefined
      : ((after[key] as number) - (before[key] as number)) / wall;
  return { task: share('TaskDuration') ?? Number.NaN, process: share('ProcessTime') };
}

/** A share as a percentage, 'n/a' when Chromium did not report it. */
export const percent = (share: number | undefined, digits = 1): string =>
  share === undefined || Number.isNaN(share) ? 'n/a' : `${(share * 100).toFixed(digits)} %`;
