// An incoming call while the window is hidden shows a system notification saying who calls;
// clicking it brings the phone to the front (showNotification does that). It closes as soon as
// the call stops ringing: answered, declined, or ended by the caller.
import { type NotificationRequest, showNotification } from '../browser/notifications';
import { isPageHidden, onVisibilityChange } from '../browser/pageVisibility';
import type { Translate } from '../i18n';
import { type CallSnapshot, partyName } from '../phone/callLine';
import type { Phone } from '../phone/phone';
import { isolated } from '../ui/shownText';

export interface CallNotificationEdges {
  notify(request: NotificationRequest): (() => void) | undefined;
  isHidden(): boolean;
  onVisibilityChange(callback: () => void): () => void;
  t: Translate;
}

/** The feature starter, with the browser's notifications and visibility. */
export function startCallNotifications(phone: Phone, t: Translate): () => void {
  const edges = { notify: showNotification, isHidden: isPageHidden, onVisibilityChange, t };
  return connectCallNotifications(phone, edges);
}

export function connectCallNotifications(phone: Phone, edges: CallNotificationEdges): () => void {
  // Per ringing call: how to close its notification, and the text it shows.
  const open = new Map<string, { close: () => void; body: string }>();
  const update = () => {
    const ringing = phone.liveCalls().filter((call) => call.status === 'incoming');
    for (const [callId, shown] of open) {
      if (ringing.some((call) => call.facts.callId === callId)) continue;
      shown.close();
      open.delete(callId);
    }
    if (!edges.isHidden()) return;
    for (const call of ringing) {
      const callId = call.facts.callId;
      const body = callerText(call, edges.t);
      // A name found after the ring (phonebook, lookup URL) replaces the text: same tag.
      if (open.get(callId)?.body === body) continue;
      const close = edges.notify({
        title: edges.t('notify.incoming'),
        body,
        tag: callId,
        requireInteraction: true,
      });
      if (close) open.set(callId, { close, body });
    }
  };
  const off = phone.events.on((event) => {
    if (event.type !== 'registration') update();
  });
  // A call that started ringing while the window was in front, then the window was minimised.
  const offVisibility = edges.onVisibilityChange(update);
  return () => {
    off();
    offVisibility();
    for (const shown of open.values()) shown.close();
    open.clear();
  };
}

export function callerText(call: CallSnapshot, t: Translate): string {
  // The caller's text is isolated: a bidi override in it cannot reorder the notification.
  const remoteName = isolated(partyName(call));
  const remoteNumber = isolated(call.facts.remoteNumber);
  if (remoteName !== '' && remoteNumber !== '') {
    return t('notify.from', { name: remoteName, number: remoteNumber });
  }
  return remoteName || remoteNumber || t('notify.unknownCaller');
}
