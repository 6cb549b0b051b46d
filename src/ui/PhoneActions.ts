// What the UI may ask for. The app provides the real implementation; component tests a fake.
import { createContext, useContext } from 'react';
import type { DeviceSlot } from '../phone/media/devices';
import type { DialOptions } from '../phone/phone';
import type { Account } from '../phone/sipPort';
import type { SaveOutcome } from '../settings/settingsService';

export interface PhoneActions {
  /** Places a call; false (with a notice in the store) when it could not start. */
  dial(input: string, options?: DialOptions): boolean;
  /**
   * Dials the first number found in free text (a selection, the clipboard, an S link) with the
   * user's dial plan; resolves false (with a notice saying why) when it holds none.
   */
  dialText(text: string): Promise<boolean>;
  answer(callId: string): void;
  decline(callId: string): void;
  hangup(callId: string): void;
  hold(callId: string): void;
  /** Resumes this call and holds any other: the way to switch between two lines. */
  switchTo(callId: string): void;
  toggleMute(callId: string): void;
  sendDtmf(callId: string, digits: string): void;
  /** Blind transfer; false (with a notice) when the target cannot be dialled. */
  transfer(callId: string, target: string): boolean;
  /** Puts the party on callId through to the party on otherCallId (REFER with Replaces). */
  attendedTransfer(callId: string, otherCallId: string): void;
  unregister(): void;
  dismissNotice(): void;
  /** Stores and applies the device for one slot ('' = the browser's default). */
  chooseDevice(slot: DeviceSlot, deviceId: string): Promise<void>;
  /** From a click: allows the microphone, so that the browser shows device names. */
  allowMicrophone(): Promise<void>;
  /** From a click: asks to show incoming calls as notifications while the window is hidden. */
  allowNotifications(): Promise<void>;
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
