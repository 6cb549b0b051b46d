// Integra end to end: real call events reach a CRM stand-in with the placeholders of
// docs/integra.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CrmStandIn, startCrmStandIn } from './crmStandIn';
import { configureIntegra, integraLog } from './integraPage';
import { e2eSession } from './session';

const { registered } = e2eSession();
let crm: CrmStandIn | undefined;

beforeAll(async () => {
  crm = await startCrmStandIn();
});
afterAll(async () => {
  await crm?.stop();
});

function standIn(): CrmStandIn {
  if (!crm) throw new Error('beforeAll did not finish');
  return crm;
}

const ALL_PLACEHOLDERS = 'ext=!00&num=!01&ev=!02&direct=!03&time=!04&id=!05&orig=!06&called=!07';
const SERVER_TIME = /^\d{2}\/\d{2}\/\d{4}_\d{2}\.\d{2}\.\d{2}$/;

describe('Integra', { timeout: 60_000 }, () => {
  it('sends CALL_IN, CALL_ACCEPT and CALL_CLOSE with !00-!07, then nothing for an internal call when only external calls count', async ({
    onTestFailed,
  }) => {
    const crm = standIn();
    const start = crm.requests.length;
    const bob = await registered('101', onTestFailed);
    await configureIntegra(bob, {
      action: 'Background request (GET)',
      command: `${crm.url}event?${ALL_PLACEHOLDERS}`,
      events: ['On call in', 'On call accept', 'On call close'],
    });
    const alice = await registered('100', onTestFailed);

    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);
    await bob.answer('100');
    await alice.waitForCallStatus('101', /In call/);
    await alice.hangUp('101');

    const received = (await crm.waitFor(start + 3)).slice(start);
    expect(received.map((r) => r.query.get('ev'))).toEqual([
      'CALL_IN',
      'CALL_ACCEPT',
      'CALL_CLOSE',
    ]);
    const inviteCallId = (await bob.receivedInvites())[0]?.callId;
    for (const request of received) {
      expect(request.path).toBe('/event');
      expect(request.query.get('ext')).toBe('101');
      expect(request.query.get('num')).toBe('100');
      expect(request.query.get('direct')).toBe('101');
      expect(request.query.get('orig')).toBe('100');
      expect(request.query.get('called')).toBe('101');
      expect(request.query.get('time')).toMatch(SERVER_TIME);
      expect(request.query.get('id')).toBe(inviteCallId);
    }
    expect(inviteCallId).toBeTruthy();
    await bob.waitForHistoryEntry([/Incoming/, /100/]);

    // 100 is an internal extension (2 to 5 digits): with "Only on external calls" the same call
    // triggers nothing, and the log shows no new action.
    await configureIntegra(bob, {
      action: 'Background request (GET)',
      command: `${crm.url}event?${ALL_PLACEHOLDERS}`,
      events: ['On call in', 'On call accept', 'On call close'],
      onlyExternal: true,
    });
    const logged = (await integraLog(bob)).length;
    const before = crm.requests.length;
    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);
    await bob.answer('100');
    await alice.waitForCallStatus('101', /In call/);
    await alice.hangUp('101');
    await bob.waitForCallStatus('100', /Ended/i, 5_000);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(crm.requests.length).toBe(before);
    expect(await integraLog(bob)).toHaveLength(logged);
  });

  it('gives the caller CALL_BUSY when the callee is busy', async ({ onTestFailed }) => {
    const crm = standIn();
    const start = crm.requests.length;
    const alice = await registered('100', onTestFailed);
    await configureIntegra(alice, {
      action: 'Background request (POST, JSON body)',
      command: `${crm.url}busy`,
      events: ['On call out', 'On busy'],
    });
    const bob = await registered('101', onTestFailed);

    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);
    await bob.decline('100');

    const received = (await crm.waitFor(start + 2)).slice(start);
    const bodies = received.map((r) => JSON.parse(r.body) as Record<string, string>);
    expect(received.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(bodies.map((b) => b.event)).toEqual(['CALL_OUT', 'CALL_BUSY']);
    expect(bodies[1]?.remote_number).toBe('101');
    expect(bodies[1]?.call_id).toBe(bodies[0]?.call_id);
  });
});
