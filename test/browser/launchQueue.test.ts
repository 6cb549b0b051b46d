import { describe, expect, it, vi } from 'vitest';
import {
  consumeLaunches,
  type LaunchParams,
  type LaunchQueue,
} from '../../src/browser/launchQueue';

/** A launch queue whose launches the test fires. */
function fakeQueue() {
  let consumer: ((params: LaunchParams) => void) | undefined;
  const queue: LaunchQueue = {
    setConsumer: (next) => {
      consumer = next;
    },
  };
  return { queue, launch: (params: unknown) => consumer?.(params as LaunchParams) };
}

const APP = 'https://phone.example.com/';

describe('consumeLaunches', () => {
  it("hands each launch's ?uri= link over, with the query's encoding undone once", () => {
    const { queue, launch } = fakeQueue();
    const onLink = vi.fn();
    expect(consumeLaunches(onLink, { launchQueue: queue })).toBe('consuming');
    launch({ targetURL: `${APP}?uri=web%2Bvoispeed%3AC%2520101` });
    launch({ targetURL: `${APP}?uri=tel:+39021234` });
    expect(onLink.mock.calls).toEqual([['web+voispeed:C%20101'], ['tel:+39021234']]);
  });

  it('ignores launches without a link, and malformed launch parameters', () => {
    const { queue, launch } = fakeQueue();
    const onLink = vi.fn();
    consumeLaunches(onLink, { launchQueue: queue });
    for (const params of [
      { targetURL: APP },
      { targetURL: `${APP}?view=dial` },
      { targetURL: 42 },
      { targetURL: { href: `${APP}?uri=voispeed:101` } },
      { files: [] },
      {},
      null,
      undefined,
      'voispeed:101',
    ]) {
      launch(params);
    }
    expect(onLink).not.toHaveBeenCalled();
  });

  it('skips the launch that opened the window with the link it already read', () => {
    const { queue, launch } = fakeQueue();
    const onLink = vi.fn();
    consumeLaunches(onLink, { launchQueue: queue, alreadyRead: 'voispeed:101' });
    launch({ targetURL: `${APP}?uri=voispeed:101` });
    expect(onLink).not.toHaveBeenCalled();
    // The same link clicked again later is a new launch.
    launch({ targetURL: `${APP}?uri=voispeed:101` });
    expect(onLink).toHaveBeenCalledWith('voispeed:101');
  });

  it('skips only the first launch', () => {
    const { queue, launch } = fakeQueue();
    const onLink = vi.fn();
    consumeLaunches(onLink, { launchQueue: queue, alreadyRead: 'voispeed:101' });
    launch({ targetURL: APP });
    launch({ targetURL: `${APP}?uri=voispeed:101` });
    expect(onLink).toHaveBeenCalledWith('voispeed:101');
  });

  it('hands launches without a link (the icon, a shortcut) to onOtherLaunch', () => {
    const { queue, launch } = fakeQueue();
    const onLink = vi.fn();
    const onOtherLaunch = vi.fn();
    consumeLaunches(onLink, { launchQueue: queue, onOtherLaunch });
    launch({ targetURL: `${APP}?view=dial` });
    launch({ targetURL: 42 });
    launch({ targetURL: `${APP}?uri=voispeed:101` });
    expect(onOtherLaunch.mock.calls).toEqual([[`${APP}?view=dial`]]);
    expect(onLink).toHaveBeenCalledWith('voispeed:101');
  });

  it('reports unsupported where there is no launch queue', () => {
    expect(consumeLaunches(vi.fn(), { launchQueue: null })).toBe('unsupported');
    // jsdom has no window.launchQueue.
    expect(consumeLaunches(vi.fn())).toBe('unsupported');
  });
});
