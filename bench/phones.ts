// Where the call benchmarks start: caller 100 and callee 101, each in its own browser context,
// registered on the bench's PBX.
import type { Browser } from 'playwright-core';
import { account, openPhone, type Pbx, type PhonePage } from '../test/e2e/harness';

export async function registeredPair(
  browser: Browser,
  appUrl: string,
  pbx: Pbx,
): Promise<{ caller: PhonePage; callee: PhonePage }> {
  const caller = await openPhone(browser, appUrl, '100');
  const callee = await openPhone(browser, appUrl, '101');
  await caller.configure(account(pbx, '100'), pbx.url, { domain: pbx.domain });
  await callee.configure(account(pbx, '101'), pbx.url, { domain: pbx.domain });
  await Promise.all([caller.expectRegistered(15_000), callee.expectRegistered(15_000)]);
  return { caller, callee };
}
