// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCallStamps } from '../../src/browser/callStamps';

afterEach(() => localStorage.clear());

describe('call stamps', () => {
  it('keeps the newest stamp of each call, forgets ended calls and clears only its own keys', () => {
    localStorage.setItem('other', 'kept');
    const stamps = createCallStamps();
    stamps.stamp(['a', 'b'], 1000);
    stamps.stamp(['a'], 2000);
    stamps.forget('b');
    stamps.stamp(['c@host;x'], 3000);
    // A second instance (the next page) reads what the first wrote.
    expect(createCallStamps().read()).toEqual(
      new Map([
        ['a', 2000],
        ['c@host;x', 3000],
      ]),
    );
    stamps.clear((callId) => callId === 'a');
    expect(stamps.read()).toEqual(new Map([['a', 2000]]));
    stamps.clear();
    expect(stamps.read()).toEqual(new Map());
    expect(localStorage.getItem('other')).toBe('kept');
  });

  it('skips damaged stamps', () => {
    localStorage.setItem('voispeed.callAlive.x', 'soon');
    localStorage.setItem('voispeed.callAlive.y', '-5');
    localStorage.setItem('voispeed.callAlive.z', '42');
    expect(createCallStamps().read()).toEqual(new Map([['z', 42]]));
  });

  it('does nothing, and never throws, without storage or when storage refuses', () => {
    const none = createCallStamps(null);
    none.stamp(['a'], 1);
    expect(none.read()).toEqual(new Map());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const full = createCallStamps({
      ...localStorage,
      length: 0,
      key: () => null,
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
      clear: () => undefined,
    });
    expect(() => full.stamp(['a'], 1)).not.toThrow();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
