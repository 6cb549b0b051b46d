// The Notification API: system notifications for incoming calls and blocked CRM pops. Permission
// is asked only when the user does something that needs it, never at load.

import type { NotificationPermissionState } from '../store/deviceStore';

export type { NotificationPermissionState };

export function notificationPermission(): NotificationPermissionState {
  return 'Notification' in window ? Notification.permission : 'unsupported';
}

/** Asks for permission if it has not been answered yet; call it from a click. */
export async function askNotificationPermission(): Promise<NotificationPermissionState> {
  if (!('Notification' in window)) return 'unsupported';
  if (Notification.permission !== 'default') return Notification.permission;
  return Notification.requestPermission();
}

export interface NotificationRequest {
  title: string;
  body: string;
  /** Notifications with the same tag replace each other (one per call). */
  tag: string;
  /** Runs on click, after the phone's window has been brought to the front. */
  onClick?: () => void;
  requireInteraction?: boolean;
}

/** Shows a notification when allowed; returns a function that closes it, or undefined. */
export function showNotification(request: NotificationRequest): (() => void) | undefined {
  if (notificationPermission() !== 'granted') return undefined;
  let notification: Notification;
  try {
    notification = new Notification(request.title, {
      body: request.body,
      tag: request.tag,
      requireInteraction: request.requireInteraction ?? false,
    });
  } catch (error) {
    // Android's Chrome has no Notification constructor (only the service worker's showNotification).
    console.warn('notification not shown', error);
    return undefined;
  }
  notification.onclick = () => {
    window.focus();
    request.onClick?.();
    notification.close();
  };
  return () => notification.close();
}
