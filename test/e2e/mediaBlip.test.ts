// A call survives a broken media path. Both phones send their audio only through a real TURN
// server (coturn on 127.0.0.1); stopping it cuts the media while the signalling stays up, and
// its restart comes back without the old allocations, so only an ICE restart finds the way back.
// While the path is gone the call says Reconnecting…; once TURN is back it is in call again with
// audio both ways. Past the account's limit it ends as Connection lost instead.
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { connect, expectAudioBetween, inboundAudioGrowth } from './callPage';
import { account, type PhonePage } from './harness';
import { e2eSession } from './session';
import { startTurnServer, type TurnServer } from './turnServer';

const { started, open } = e2eSession();
let turn: TurnServer | undefined;

beforeAll(async () => {
  turn = await startTurnServer();
}, 20_000);
afterAll(async () => {
  await turn?.close();
});

const relay = (): TurnServer => {
  if (!turn) throw new Error('beforeAll did not start coturn');
  return turn;
};

async function relayedPhone(
  user: string,
  onTestFailed: TestContext['onTestFailed'],
  reconnectLimit = '',
): Promise<PhonePage> {
  const { pbx } = started();
  const phone = await open(user, onTestFailed);
  await phone.configure(account(pbx, user), pbx.url, {
    domain: pbx.domain,
    iceServers: relay().url,
    relayOnly: true,
    reconnectLimit,
  });
  expect(await phone.expectRegistered(15_000)).toMatch(new RegExp(`Registered as ${user}\\b`));
  return phone;
}

/** The local candidate type of each live connection's selected pair: relay through TURN. */
function selectedLocalTypes(phone: PhonePage): Promise<string[]> {
  return phone.page.evaluate(async () => {
    const list = (window as unknown as { __peerConnections: RTCPeerConnection[] })
      .__peerConnections;
    const types: string[] = [];
    for (const pc of list) {
      if (pc.connectionState === 'closed') continue;
      const stats = [...(await pc.getStats()).values()];
      const byId = new Map(stats.map((s) => [s.id, s]));
      const transport = stats.find((s) => s.type === 'transport');
      const pair = byId.get(transport?.selectedCandidatePairId);
      if (!pair) continue;
      types.push(byId.get(pair.localCandidateId)?.candidateType);
    }
    return types;
  });
}

function connectionStates(phone: PhonePage): Promise<string[]> {
  return phone.page.evaluate(() =>
    (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections
      .map((pc) => pc.connectionState)
      .filter((state) => state !== 'closed'),
  );
}

async function expectRelayed(...phones: PhonePage[]) {
  for (const phone of phones)
    expect(await selectedLocalTypes(phone), phone.name).toEqual(['relay']);
}

describe('a call through a broken media path', { timeout: 120_000 }, () => {
  it('says Reconnecting… while TURN is down, and is back in call with audio once it returns', async ({
    onTestFailed,
  }) => {
    const alice = await relayedPhone('100', onTestFailed);
    const bob = await relayedPhone('101', onTestFailed);
    await connect(alice, bob, '100', '101');
    await expectRelayed(alice, bob);
    await expectAudioBetween(alice, bob, 'before');

    await relay().stop();
    const stoppedAt = Date.now();
    await alice.waitForCallStatus('101', /· Reconnecting…/, 15_000);
    await bob.waitForCallStatus('100', /· Reconnecting…/, 15_000);
    console.log(`Reconnecting… shown on both after ${Date.now() - stoppedAt} ms`);
    expect(await inboundAudioGrowth(alice, 1_000)).toBeLessThan(200);
    // Past the 20 s at which Chromium itself would have ended the call.
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, stoppedAt + 22_000 - Date.now())),
    );
    expect(await alice.callStatus('101')).toMatch(/· Reconnecting…/);
    // Chromium has given the path up by now: the call outlived its 'failed'.
    expect(await connectionStates(alice)).toEqual(['failed']);

    await relay().start();
    const restartedAt = Date.now();
    // Back within 5 s: the caller's next try (every 4 s) finds the new relay at once.
    await alice.waitForCallStatus('101', /^In call [0-9:]+$/, 5_000);
    console.log(`in call again ${Date.now() - restartedAt} ms after TURN came back`);
    await bob.waitForCallStatus('100', /^In call [0-9:]+$/, 5_000);
    await expectRelayed(alice, bob);
    await expectAudioBetween(alice, bob, 'after');

    await alice.hangUp('101');
    await expect.poll(() => bob.call('100').count(), { timeout: 10_000 }).toBe(0);
  });

  it('ends as Connection lost, kept in history, when no path comes back within the limit', async ({
    onTestFailed,
  }) => {
    const alice = await relayedPhone('100', onTestFailed, '10');
    const bob = await relayedPhone('101', onTestFailed);
    await connect(alice, bob, '100', '101');
    await relay().stop();
    try {
      await alice.waitForCallStatus('101', /· Reconnecting…/, 15_000);
      expect(await alice.waitForCallStatus('101', /^Connection lost$/, 20_000)).toBe(
        'Connection lost',
      );
      await alice.waitForHistoryEntry([/^Outgoing 101\b/, /\d+:\d\d Connection lost/]);
      // Its BYE still reaches the other side, whose own limit was a minute.
      await bob.waitForCallStatus('100', /^Ended by the other party$/, 5_000);
    } finally {
      await relay().start();
    }
  });
});
