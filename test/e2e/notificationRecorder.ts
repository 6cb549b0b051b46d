// Test-side instrumentation for notifications: headless Chromium never hides a page, so
// visibility is switched by the test, and each Notification the page makes is recorded (the real
// one is still made).
import type { PhonePage } from './phonePage';

// Test-side instrumentation. Headless Chromium never hides a page (minimising or covering it
// changes nothing), so visibility is switched here; Notification is recorded, not replaced.
export const hideAndRecord = `(() => {
  let hidden = false;
  Object.defineProperty(document, 'visibilityState', { get: () => (hidden ? 'hidden' : 'visible') });
  Object.defineProperty(document, 'hidden', { get: () => hidden });
  window.__setHidden = (value) => {
    hidden = value;
    document.dispatchEvent(new Event('visibilitychange'));
  };
  const shown = [];
  Object.defineProperty(window, '__notifications', { value: shown });
  const Original = window.Notification;
  class RecordedNotification extends Original {
    constructor(title, options) {
      super(title, options);
      const record = { title, body: options.body, tag: options.tag, requireInteraction: options.requireInteraction, closed: false };
      shown.push(record);
      const close = this.close.bind(this);
      this.close = () => { record.closed = true; close(); };
    }
  }
  window.Notification = RecordedNotification;
})();`;

export interface ShownNotification {
  title: string;
  body: string;
  tag: string;
  requireInteraction: boolean;
  closed: boolean;
}

export const notifications = (phone: PhonePage) =>
  phone.page.evaluate(
    () => (window as unknown as { __notifications: ShownNotification[] }).__notifications,
  );

export const setHidden = (phone: PhonePage, hidden: boolean) =>
  phone.page.evaluate(
    (value) => (window as unknown as { __setHidden(v: boolean): void }).__setHidden(value),
    hidden,
  );
