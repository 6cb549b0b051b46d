// What the UI may ask for. The app provides the real implementation; component tests a fake.
import { createContext, useContext } from 'react';
import type { RunVerb } from '../actions/dispatch';
import type { DeviceSlot } from '../phone/media/devices';
import type { Account } from '../phone/sipPort';
import type { SaveOutcome } from '../settings/settingsService';

export interface PhoneActions {
  /**
   * Runs a verb (src/actions/verbs.ts): what every button, hotkey and link does to a call. Never
   * rejects; the outcome's message is also shown in the notice.
   */
  run: RunVerb;
  unregister(): void;
  dismissNotice(): void;
  /** Stores and applies the device for one slot ('' = the browser's default). */
  chooseDevice(slot: DeviceSlot, deviceId: string): Promise<void>;
  /** From a click: allows the microphone, so that the browser shows device names. */
  allowMicrophone(): Promise<void>;
  /** From a click: asks to show incoming calls as notifications while the window is hidden. */
  allowNotifications(): Promise<void>;
  /** From a click: the browser's own speaker prompt (Firefox); false when none was picked. */
  pickCallOutput(): Promise<boolean>;
  /**
   * Saves and registers the account an autoconfiguration link asked for (after the user's OK),
   * as the account form saves one. A refused one (a live call) stays pending, to apply later.
   */
  applyConfiguration(passwordIsHa1: boolean): Promise<SaveOutcome<Account>>;
  /** Drops the autoconfiguration waiting for confirmation; nothing changes. */
  cancelConfiguration(): void;
  /** "Use this window": the phone moves here from the window that holds it. */
  takePhone(): void;
}

export const PhoneActionsContext = createContext<PhoneActions | null>(null);

export function usePhoneActions(): PhoneActions {
  const actions = useContext(PhoneActionsContext);
  if (!actions) throw new Error('usePhoneActions outside PhoneActionsContext');
  return actions;
}
