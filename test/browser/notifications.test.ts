// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showNotification } from '../../src/browser/notifications';

// jsdom has no Notification: a stand-in that keeps what the app made of it.
class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static made: FakeNotification[] = [];
  onclick: (() => void) | null = null;
  close = vi.fn();
  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {
    FakeNotification.made.push(this);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  FakeNotification.made = [];
  FakeNotification.permission = 'granted';
});

const request = {
  title: 'Incoming call',
  body: 'Anna (201)',
  tag: 'in@h',
  requireInteraction: true,
};

describe('showNotification', () => {
  it('shows the call with its Call-ID as tag, and closes it when asked', () => {
    vi.stubGlobal('Notification', FakeNotification);
    const close = showNotification(request);
    const [shown] = FakeNotification.made;
    expect(shown?.title).toBe('Incoming call');
    expect(shown?.options).toEqual({ body: 'Anna (201)', tag: 'in@h', requireInteraction: true });
    close?.();
    expect(shown?.close).toHaveBeenCalledOnce();
  });

  it('brings the window to the front on click, and closes', () => {
    vi.stubGlobal('Notification', FakeNotification);
    const focus = vi.spyOn(window, 'focus').mockImplementation(() => {});
    const onClick = vi.fn();
    showNotification({ ...request, onClick });
    FakeNotification.made[0]?.onclick?.();
    expect(focus).toHaveBeenCalledOnce();
    expect(onClick).toHaveBeenCalledOnce();
    expect(FakeNotification.made[0]?.close).toHaveBeenCalledOnce();
  });

  it('shows nothing without permission', () => {
    FakeNotification.permission = 'default';
    vi.stubGlobal('Notification', FakeNotification);
    expect(showNotification(request)).toBeUndefined();
    expect(FakeNotification.made).toEqual([]);
  });

  it('shows nothing, without throwing, where the constructor is refused (Android)', () => {
    class Refused {
      static permission = 'granted';
      constructor() {
        throw new TypeError('Illegal constructor');
      }
    }
    vi.stubGlobal('Notification', Refused);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(showNotification(request)).toBeUndefined();
  });
});
