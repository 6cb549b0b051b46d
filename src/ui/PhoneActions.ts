// What the UI may ask for. The app provides the real implementation; component tests a fake.
import { createContext, useContext } from 'react';
import type { AccountDraft } from '../phone/account';

export interface PhoneActions {
  /** Places a call; false (with a notice in the store) when it could not start. */
  dial(input: string): boolean;
  answer(callId: string): void;
  decline(callId: string): void;
  hangup(callId: string): void;
  /** Checks, saves and registers; the store's notice says what was wrong. Resolves true on success. */
  saveAccount(draft: AccountDraft): Promise<boolean>;
  unregister(): void;
  dismissNotice(): void;
}

export const PhoneActionsContext = createContext<PhoneActions | null>(null);

export function usePhoneActions(): PhoneActions {
  const actions = useContext(PhoneActionsContext);
  if (!actions) throw new Error('usePhoneActions outside PhoneActionsContext');
  return actions;
}
