// Hostile callers through Kamailio to a phone with Integra rules: every value reaches the CRM
// stand-in exactly as the caller sent it, percent-encoded so it cannot add a parameter. Shell
// rules with the bridge installed are in bridge.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CrmStandIn, startCrmStandIn } from './crmStandIn';
import { account } from './harness';
import { configureIntegra, integraLog } from './integraPage';
import { addHeader, callerIs, type Edit, rawCaller, ringsThenCancel } from './rawCaller';
import { e2eSession } from './session';
import { inviteEdited, tag } from './sipWire';

const { started, registered } = e2eSession();
let crm: CrmStandIn | undefined;

beforeAll(async () => {
  crm = await startCrmStandIn();
});
afterAll(async () => {
  await crm?.stop();
});

interface Caller {
  /** The caller's number as the INVITE's P-Asserted-Identity user carries it, decoded. */
  number: string;
  name: string;
  header: string;
  /** What !01 must be: the number itself, or without a phone number's visual separators. */
  expected?: string;
}

const CALLERS: Caller[] = [
  { number: '123&redirect=http://evil.example', name: 'Mario Rossi', header: 'a&b=c' },
  { number: '+390261616161&ev=CALL_BUSY', name: 'a&name=x', header: '?q=1#frag' },
  { number: '1;rm -rf ~', name: 'Tab\there', header: 'plain' },
  { number: '$(id)', name: 'Evil \u202egnp.exe', header: '100% "quoted"' },
  { number: '`id`', name: 'Zoë ☎ 😀', header: "it's" },
  { number: '+39 02 6161 616', name: 'Sig.ra Bianchi', header: '', expected: '+39026161616' },
];

function asCaller(domain: string, caller: Caller, callId: string): Edit {
  return (headers) => addHeader('X-Crm', caller.header)(callerIs(domain, caller, callId)(headers));
}

function standIn(): CrmStandIn {
  if (!crm) throw new Error('beforeAll did not finish');
  return crm;
}

describe('Integra values from hostile callers', { timeout: 90_000 }, () => {
  it('reach the CRM exactly as sent, each in its own parameter', async ({ onTestFailed }) => {
    const { pbx } = started();
    const crm = standIn();
    const bob = await registered('101', onTestFailed);
    await configureIntegra(bob, {
      action: 'Background request (GET)',
      command: `${crm.url}in?n=!01&name=!{display_name}&cid=!05&x=!{sip:x-crm}&ev=!02`,
      events: ['On call in'],
    });
    const sock = await rawCaller(pbx);
    try {
      for (const [i, caller] of CALLERS.entries()) {
        // A long Call-ID of characters SIP allows: cut, it would name another call.
        const callId = `${tag()}-${'a.b_c!'.repeat(60)}@host${i}`;
        const before = crm.requests.length;
        const call = await inviteEdited(
          sock,
          account(pbx, '100'),
          pbx.domain,
          '101',
          asCaller(pbx.domain, caller, callId),
        );
        expect(call.refused, caller.number).toBeUndefined();
        const [request] = (await crm.waitFor(before + 1)).slice(before);
        const shown = caller.expected ?? caller.number;
        await ringsThenCancel(pbx, sock, bob, call, shown);
        expect(request?.path).toBe('/in');
        expect([...(request?.query.keys() ?? [])]).toEqual(['n', 'name', 'cid', 'x', 'ev']);
        expect(request?.query.get('n')).toBe(shown);
        expect(request?.query.get('name')).toBe(caller.name);
        expect(request?.query.get('cid')).toBe(callId);
        expect(request?.query.get('x')).toBe(caller.header);
        expect(request?.query.get('ev')).toBe('CALL_IN');
      }
    } finally {
      await sock.close();
    }
  });

  it('logs a shell rule as "bridge not installed" where there is no bridge, whatever the caller sent', async ({
    onTestFailed,
  }) => {
    const { pbx } = started();
    const bob = await registered('101', onTestFailed);
    await configureIntegra(bob, {
      action: 'Shell command (native bridge)',
      command: 'crm-lookup',
      events: ['On call in'],
    });
    const sock = await rawCaller(pbx);
    try {
      const caller = CALLERS[3] as Caller;
      const callId = `${tag()}@host`;
      const call = await inviteEdited(
        sock,
        account(pbx, '100'),
        pbx.domain,
        '101',
        asCaller(pbx.domain, caller, callId),
      );
      await ringsThenCancel(pbx, sock, bob, call, caller.number);
      await expect
        .poll(() => integraLog(bob).then((log) => log.join('\n')), { timeout: 5_000 })
        .toMatch(/CALL_IN .*bridge not installed.*crm-lookup/);
    } finally {
      await sock.close();
    }
  });
});
