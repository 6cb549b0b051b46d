// Staying registered when the PBX misbehaves: a Kamailio restart, and a first PBX that dies and
// comes back while a second one stands in. Each test runs its own Kamailio instances.
import { afterEach, describe, expect, it } from 'vitest';
import { account, type Pbx, startPbx } from './harness';
import { e2eSession } from './session';

const { open } = e2eSession();
const pbxes: Pbx[] = [];

afterEach(async () => {
  await Promise.all(pbxes.splice(0).map((pbx) => pbx.stop()));
});

async function ownPbx(port = 0): Promise<Pbx> {
  const pbx = await startPbx({ port });
  pbxes.push(pbx);
  return pbx;
}

describe('staying registered', { timeout: 120_000 }, () => {
  it('shows a PBX outage and registers again within 5 s of the restart, without a reload', async ({
    onTestFailed,
  }) => {
    const pbx = await ownPbx();
    const phone = await open('100', onTestFailed);
    await phone.configure(account(pbx, '100'), pbx.url, { domain: pbx.domain });
    await phone.expectRegistered(15_000);

    await pbx.stop();
    expect(await phone.waitForRegistration(/PBX unreachable/, 10_000)).toContain(pbx.url);
    // A few seconds down, so the backoff has grown past its first steps.
    await new Promise((r) => setTimeout(r, 4_000));

    const back = await ownPbx(pbx.port);
    const restarted = Date.now();
    await phone.expectRegistered(5_000);
    const took = Date.now() - restarted;
    expect(took).toBeLessThan(5_000);
    expect(back.url).toBe(pbx.url);
  });

  it('moves to the second PBX when the first stops, and back when it returns', async ({
    onTestFailed,
  }) => {
    const first = await ownPbx();
    const second = await ownPbx();
    const phone = await open('100', onTestFailed);
    await phone.configure(account(first, '100'), first.url, {
      domain: first.domain,
      secondUrl: second.url,
    });
    expect(await phone.expectRegistered(15_000)).not.toContain('backup');

    await first.stop();
    expect(await phone.waitForRegistration(/on the backup PBX/, 15_000)).toContain(second.url);

    // The first PBX is checked every 30 s while the phone is on the second, and with no call
    // live the phone moves back at once.
    await ownPbx(first.port);
    await phone.waitForRegistration(/^\s*Registered as 100$/, 45_000);
  });
});
