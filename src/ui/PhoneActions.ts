// What the UI may ask for. The app provides the real implementation; component tests a fake.
import { createContext, useContext } from 'react';
import type { RunVerb } from '../actions/dispatch';
import type { AccountDraft } from '../phone/account';
import type { DeviceChoice, DeviceSlot } from '../phone/media/devices';
import type { Account } from '../phone/sipPort';

/**
 * Why an account was not saved, in words for the form or dialog that asked: a refused draft,
 * a live call (saving registers again), or a failed write. Nothing changed in any case.
 */
export type SaveAccountResult =
  | { ok: true }
  | { ok: false; refused: 'invalid' | 'call-live' | 'not-saved'; message: string };

export interface PhoneActions {
  /**
   * Runs a verb (src/actions/verbs.ts): what every button, hotkey and link does to a call. Never
   * rejects; the outcome's message is also shown in the notice.
   */
  run: RunVerb;
  /** Checks, saves and registers; never rejects. Refused while a call is live (liveCallRule.ts). */
  saveAccount(draft: AccountDraft): Promise<SaveAccountResult>;
  /** Puts an account already checked and stored (by an import) in use: shown and registered. */
  registerStoredAccount(account: Account): void;
  unregister(): void;
  dismissNotice(): void;
  /** Stores and applies the device for one slot ('' = the browser's default). */
  chooseDevice(slot: DeviceSlot, deviceId: string): Promise<void>;
  /** Puts a checked device choice (an imported one) into use. */
  showDevices(choice: DeviceChoice): Promise<void>;
  /** From a click: allows the microphone, so that the browser shows device names. */
  allowMicrophone(): Promise<void>;
  /** From a click: asks to show incoming calls as notifications while the window is hidden. */
  allowNotifications(): Promise<void>;
  /**
   * Saves and registers the account an autoconfiguration link asked for (after the user's OK).
   * A refused one (a live call) stays pending, to be applied later.
   */
  applyConfiguration(passwordIsHa1: boolean): Promise<SaveAccountResult>;
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
