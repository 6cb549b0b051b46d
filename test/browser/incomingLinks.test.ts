import { describe, expect, it, vi } from 'vitest';
import {
  createIncomingLinks,
  type Delivery,
  type PhoneWindow,
} from '../../src/browser/incomingLinks';
import { createLinkChannel, type LinkReply } from '../../src/browser/linkChannel';
import { createWindowLeader } from '../../src/browser/windowLeader';
import { fakeChannelHub } from './fakeChannel';
import { fakeLockManager } from './fakeLocks';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Browser windows of the app sharing one lock manager and one channel hub. */
function browser() {
  const locks = fakeLockManager();
  const hub = fakeChannelHub();
  function open({ serves = true } = {}) {
    const windowLocks = locks.window();
    const where: PhoneWindow[] = [];
    const deliveries: Delivery[] = [];
    const run = vi.fn(async (link: string): Promise<LinkReply> => ({ ok: true, message: link }));
    const links = createIncomingLinks({
      leader: createWindowLeader({ locks: windowLocks.locks }),
      // A window that does not serve stands for a frozen one, or an old version of the app.
      channel: createLinkChannel({
        channelFactory: serves ? hub.factory : null,
        answerMs: 20,
        resultMs: 200,
      }),
      run,
      onPhoneWindow: (place) => where.push(place),
      onDelivery: (delivery) => deliveries.push(delivery),
    });
    return { links, run, where, deliveries, close: windowLocks.close };
  }
  return { open };
}

describe('createIncomingLinks', () => {
  it('the first window takes the phone and runs its own link', async () => {
    const a = browser().open();
    await a.links.start('voispeed:101');
    expect(a.where).toEqual(['here']);
    expect(a.run).toHaveBeenCalledWith('voispeed:101');
    expect(a.deliveries).toEqual([
      { link: 'voispeed:101', outcome: 'done', ok: true, message: 'voispeed:101', ranHere: true },
    ]);
    expect(a.links.openedForLink()).toBe(false);
  });

  it("a window opened with a link hands it to the phone's window and shows the answer", async () => {
    const app = browser();
    const a = app.open();
    const b = app.open();
    await a.links.start();
    await b.links.start('web%2Bvoispeed%3AC%20101');
    expect(a.run).toHaveBeenCalledWith('web%2Bvoispeed%3AC%20101');
    expect(b.run).not.toHaveBeenCalled();
    expect(b.where).toEqual(['elsewhere']);
    expect(b.deliveries).toEqual([
      {
        link: 'web%2Bvoispeed%3AC%20101',
        outcome: 'done',
        ok: true,
        message: 'web%2Bvoispeed%3AC%20101',
        ranHere: false,
      },
    ]);
    expect(b.links.openedForLink()).toBe(true);
    // It does not wait for the phone: when the phone's window closes, it does not become one.
    a.close();
    await settle();
    expect(b.where).toEqual(['elsewhere']);
  });

  it('a plain second window waits, and takes the phone when the first closes', async () => {
    const app = browser();
    const a = app.open();
    const c = app.open();
    await a.links.start();
    await c.links.start();
    expect(c.where).toEqual(['elsewhere']);
    a.close();
    await settle();
    expect(c.where).toEqual(['elsewhere', 'here']);
    await c.links.receive('voispeed:102');
    expect(c.run).toHaveBeenCalledWith('voispeed:102');
  });

  it('"use this window" moves the phone; the old window waits to get it back', async () => {
    const app = browser();
    const a = app.open();
    const c = app.open();
    await a.links.start();
    await c.links.start();
    expect(await c.links.takeOver()).toBe(true);
    await settle();
    expect(c.where).toEqual(['elsewhere', 'here']);
    expect(a.where).toEqual(['here', 'elsewhere']);
    // Links now go to the new phone window.
    await a.links.receive('voispeed:103');
    expect(c.run).toHaveBeenCalledWith('voispeed:103');
    expect(a.run).not.toHaveBeenCalled();
    c.links.leave();
    await settle();
    expect(a.where).toEqual(['here', 'elsewhere', 'here']);
  });

  it('with no phone anywhere, a window opened with a link becomes the phone', async () => {
    const app = browser();
    const a = app.open();
    const b = app.open();
    await a.links.start();
    a.links.leave();
    a.close();
    await b.links.start('voispeed:101');
    expect(b.where).toEqual(['here']);
    expect(b.run).toHaveBeenCalledWith('voispeed:101');
    expect(b.links.openedForLink()).toBe(false);
  });

  it('a link nobody answers is kept, and runs here after taking over', async () => {
    const app = browser();
    const frozen = app.open({ serves: false });
    const b = app.open();
    await frozen.links.start();
    await b.links.start('voispeed:101');
    expect(b.deliveries).toEqual([{ link: 'voispeed:101', outcome: 'unanswered' }]);
    expect(b.run).not.toHaveBeenCalled();
    expect(await b.links.takeOver()).toBe(true);
    expect(b.run).toHaveBeenCalledWith('voispeed:101');
    expect(b.links.openedForLink()).toBe(false);
    await settle();
    expect(frozen.where).toEqual(['here', 'elsewhere']);
  });

  it('a link the phone window takes but never finishes is reported, not run twice', async () => {
    const app = browser();
    const a = app.open();
    const b = app.open();
    a.run.mockImplementation(() => new Promise(() => undefined));
    await a.links.start();
    await b.links.start('voispeed:U…');
    expect(b.deliveries).toEqual([{ link: 'voispeed:U…', outcome: 'no-result' }]);
    expect(b.run).not.toHaveBeenCalled();
  });

  it('a run that throws is a failed delivery', async () => {
    const a = browser().open();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    a.run.mockRejectedValueOnce(new Error('boom'));
    await a.links.start('voispeed:101');
    expect(a.deliveries).toEqual([
      { link: 'voispeed:101', outcome: 'done', ok: false, message: '', ranHere: true },
    ]);
  });

  it('leaving lets the phone go and says the window is deciding again', async () => {
    const a = browser().open();
    await a.links.start();
    a.links.leave();
    expect(a.where).toEqual(['here', 'deciding']);
    await a.links.start();
    expect(a.where).toEqual(['here', 'deciding', 'here']);
  });
});
