import { describe, expect, it } from 'vitest';
import { watchConnectionEvents } from '../../../src/phone/registration/connectionEvents';

function browser(onLine: boolean) {
  const win = Object.assign(new EventTarget(), { navigator: { onLine } });
  const doc = Object.assign(new EventTarget(), { visibilityState: 'hidden' });
  const calls: string[] = [];
  const keeper = {
    online: () => calls.push('online'),
    offline: () => calls.push('offline'),
    visible: () => calls.push('visible'),
  };
  const dispose = watchConnectionEvents(
    keeper,
    win as unknown as Window,
    doc as unknown as Document,
  );
  return { win, doc, calls, dispose };
}

describe('watchConnectionEvents', () => {
  it('hands online, offline, visible and resume to the keeper', () => {
    const { win, doc, calls } = browser(true);
    win.dispatchEvent(new Event('offline'));
    win.dispatchEvent(new Event('online'));
    doc.dispatchEvent(new Event('visibilitychange')); // hidden: nothing to catch up
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    doc.dispatchEvent(new Event('resume'));
    expect(calls).toEqual(['offline', 'online', 'visible', 'visible']);
  });

  it('reports a browser that starts offline', () => {
    expect(browser(false).calls).toEqual(['offline']);
  });

  it('hears nothing once disposed', () => {
    const { win, doc, calls, dispose } = browser(true);
    dispose();
    doc.visibilityState = 'visible';
    for (const type of ['online', 'offline']) win.dispatchEvent(new Event(type));
    for (const type of ['visibilitychange', 'resume']) doc.dispatchEvent(new Event(type));
    expect(calls).toEqual([]);
  });
});
