import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLinkChannel, LINK_CHANNEL, type LinkReply } from '../../src/browser/linkChannel';
import { fakeChannelHub } from './fakeChannel';

const calling: LinkReply = { ok: true, message: 'Calling 101' };

function setUp(options: { answerMs?: number; resultMs?: number } = {}) {
  const hub = fakeChannelHub();
  const leader = createLinkChannel({ channelFactory: hub.factory, ...options });
  const follower = createLinkChannel({ channelFactory: hub.factory, ...options });
  return { hub, leader, follower };
}

/** The id on the last link sent, read off the wire. */
function lastLinkId(posted: unknown[]): string {
  const links = posted.filter((m) => (m as { type?: unknown }).type === 'link');
  return (links.at(-1) as { id: string }).id;
}

describe('createLinkChannel', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands a link to the leader and brings back its answer', async () => {
    const { leader, follower } = setUp();
    const handler = vi.fn(async () => calling);
    leader.serveLinks(handler);
    const result = await follower.sendLink('web+voispeed:C%20101');
    expect(result).toEqual({ kind: 'done', ...calling });
    expect(handler).toHaveBeenCalledWith('web+voispeed:C%20101');
  });

  it('says no-leader when no window serves links', async () => {
    const { follower } = setUp();
    const result = follower.sendLink('voispeed:101');
    await vi.advanceTimersByTimeAsync(499);
    let settled = false;
    void result.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toEqual({ kind: 'no-leader' });
  });

  it('waits longer for the result once the leader has the link', async () => {
    const { leader, follower } = setUp({ answerMs: 500, resultMs: 5000 });
    let answer: (reply: LinkReply) => void = () => undefined;
    leader.serveLinks(() => new Promise((resolve) => (answer = resolve)));
    const result = follower.sendLink('voispeed:U…');
    await vi.advanceTimersByTimeAsync(2000);
    answer({ ok: true, message: 'Confirm the account in the phone window' });
    expect(await result).toMatchObject({ kind: 'done', ok: true });
  });

  it('says no-result when the leader took the link but never answered', async () => {
    const { leader, follower } = setUp({ answerMs: 500, resultMs: 5000 });
    leader.serveLinks(() => new Promise(() => undefined));
    const result = follower.sendLink('voispeed:101');
    await vi.advanceTimersByTimeAsync(5000);
    expect(await result).toEqual({ kind: 'no-result' });
  });

  it('answers a failure when the handler throws or answers nonsense', async () => {
    const { leader, follower } = setUp();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    leader.serveLinks(async () => {
      throw new Error('boom');
    });
    expect(await follower.sendLink('voispeed:101')).toEqual({
      kind: 'done',
      ok: false,
      message: '',
    });
    leader.serveLinks(async () => ({ ok: 'yes', message: 7 }) as unknown as LinkReply);
    expect(await follower.sendLink('voispeed:101')).toEqual({
      kind: 'done',
      ok: false,
      message: '',
    });
    leader.serveLinks(async () => ({ ok: true, message: 'x'.repeat(2000) }));
    const long = await follower.sendLink('voispeed:101');
    expect(long.kind === 'done' && long.message.length).toBe(500);
  });

  it('cuts a huge link to what the channel carries, so the parser still answers too-long', async () => {
    const { leader, follower } = setUp();
    const handler = vi.fn(async () => calling);
    leader.serveLinks(handler);
    await follower.sendLink(`voispeed:${'1'.repeat(100_000)}`);
    expect(handler).toHaveBeenCalledWith(expect.stringMatching(/^voispeed:1+$/));
    expect((handler.mock.calls[0] as unknown as [string])[0]).toHaveLength(4096);
  });

  it('stops answering once it stops serving', async () => {
    const { leader, follower } = setUp();
    const stop = leader.serveLinks(async () => calling);
    stop();
    const result = follower.sendLink('voispeed:101');
    await vi.advanceTimersByTimeAsync(500);
    expect(await result).toEqual({ kind: 'no-leader' });
  });

  it('tells whether a leader answers a ping, and announces a new one', async () => {
    const { hub, leader, follower } = setUp();
    const nobody = follower.askLeader();
    await vi.advanceTimersByTimeAsync(500);
    expect(await nobody).toBe(false);
    leader.serveLinks(async () => calling);
    expect(hub.posted).toContainEqual({ type: 'leader-here' });
    expect(await follower.askLeader()).toBe(true);
  });

  it('ignores hostile messages: no forged link runs, no forged result is believed', async () => {
    const { hub, leader } = setUp();
    const handler = vi.fn(async () => calling);
    leader.serveLinks(handler);
    for (const data of [
      { type: 'link', id: 'x1', link: 'voispeed:101', extra: 1 },
      { type: 'link', id: 'x1', link: 101 },
      { type: 'link', id: '<script>', link: 'voispeed:101' },
      { type: 'link', id: 'x1', link: 'x'.repeat(5000) },
      'voispeed:101',
      null,
    ]) {
      hub.inject(LINK_CHANNEL, data);
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(handler).not.toHaveBeenCalled();

    // A follower waiting for its answer gets forged results with its own id: all ignored.
    const quiet = createLinkChannel({ channelFactory: hub.factory });
    const stop = leader.serveLinks(() => new Promise(() => undefined));
    const result = quiet.sendLink('voispeed:101');
    await vi.advanceTimersByTimeAsync(0);
    const id = lastLinkId(hub.posted);
    for (const forged of [
      { type: 'result', id, ok: 'true', message: '' },
      { type: 'result', id, ok: true, message: 'x'.repeat(501) },
      { type: 'result', id, ok: true, message: '', html: '<b>hi</b>' },
      { type: 'result', id: 'other', ok: true, message: 'not yours' },
    ]) {
      hub.inject(LINK_CHANNEL, forged);
    }
    hub.inject(LINK_CHANNEL, { type: 'result', id, ok: false, message: 'the real one' });
    expect(await result).toEqual({ kind: 'done', ok: false, message: 'the real one' });
    stop();
  });

  it('settles what it waits for when closed, and sends nothing after', async () => {
    const { hub, follower } = setUp();
    const result = follower.sendLink('voispeed:101');
    follower.close();
    expect(await result).toEqual({ kind: 'no-leader' });
    const before = hub.posted.length;
    expect(await follower.sendLink('voispeed:101')).toEqual({ kind: 'no-leader' });
    expect(await follower.askLeader()).toBe(false);
    expect(hub.posted).toHaveLength(before);
  });

  it('works alone when the browser refuses a BroadcastChannel', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const refused = createLinkChannel({
      channelFactory: () => {
        throw new DOMException('no', 'SecurityError');
      },
    });
    expect(await refused.sendLink('voispeed:101')).toEqual({ kind: 'no-leader' });
    expect(await refused.askLeader()).toBe(false);
  });

  it('without BroadcastChannel, no leader ever answers', async () => {
    const lonely = createLinkChannel({ channelFactory: null });
    expect(await lonely.sendLink('voispeed:101')).toEqual({ kind: 'no-leader' });
    expect(lonely.serveLinks(async () => calling)).toBeTypeOf('function');
  });
});

describe('createLinkChannel over a real BroadcastChannel', () => {
  it('carries a link and its answer between two channels', async () => {
    const leader = createLinkChannel();
    const follower = createLinkChannel();
    leader.serveLinks(async (link) => ({ ok: true, message: `ran ${link}` }));
    try {
      expect(await follower.sendLink('tel:+39 02 123')).toEqual({
        kind: 'done',
        ok: true,
        message: 'ran tel:+39 02 123',
      });
    } finally {
      leader.close();
      follower.close();
    }
  });
});
