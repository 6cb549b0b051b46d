// A CRM pop on an incoming call that the browser refuses: the banner offers it, and one click
// opens the CRM record. Headless Chromium here lets a pop opened from a WebSocket message through
// even with its blocker on (a CDP-evaluated window.open without a gesture is refused, so the
// blocker is there), so the page's first window.open answers null, exactly what a blocker returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CrmStandIn, startCrmStandIn } from './crmStandIn';
import { configureIntegra, integraLog } from './integraPage';
import { e2eSession } from './session';

const { registered } = e2eSession({ blockPopups: true });

const blockFirstPop = `(() => {
  const open = window.open.bind(window);
  let blocked = false;
  window.open = (...args) => {
    if (!blocked) {
      blocked = true;
      return null;
    }
    return open(...args);
  };
})();`;
let crm: CrmStandIn | undefined;

beforeAll(async () => {
  crm = await startCrmStandIn();
});
afterAll(async () => {
  await crm?.stop();
});

describe('a blocked CRM pop', { timeout: 60_000 }, () => {
  it('shows a banner whose click opens the CRM record', async ({ onTestFailed }) => {
    if (!crm) throw new Error('beforeAll did not finish');
    const bob = await registered('101', onTestFailed);
    await configureIntegra(bob, {
      action: 'Open in the browser (CRM pop)',
      command: `${crm.url}record?number=!01`,
      events: ['On call in'],
    });
    // Reloading shows the rule was stored; the pop blocker stand-in is in place from then on.
    await bob.context.addInitScript({ content: blockFirstPop });
    await bob.reload();
    await bob.expectRegistered(15_000);
    const alice = await registered('100', onTestFailed);

    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);
    const banner = bob.page
      .getByRole('alert')
      .filter({ hasText: 'The browser blocked the CRM window' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('for 100');
    expect((await integraLog(bob))[0]).toContain('blocked by the browser');
    // Blocked means blocked: nothing reached the CRM yet.
    expect(crm.requests).toHaveLength(0);

    const popup = bob.context.waitForEvent('page');
    await banner.getByRole('button', { name: 'Open CRM window', exact: true }).click();
    const crmPage = await popup;
    await crmPage.waitForLoadState();
    expect(crmPage.url()).toBe(`${crm.url}record?number=100`);
    const [request] = await crm.waitFor(1);
    expect(request?.query.get('number')).toBe('100');
    await banner.waitFor({ state: 'detached' });
    // The CRM page cannot reach back into the phone's window.
    expect(await crmPage.evaluate(() => window.opener === null)).toBe(true);
  });
});
