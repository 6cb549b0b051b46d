// Which screen the window shows: the phone (home), the contacts, the settings, or the first-run
// setup. Until
// someone chooses, it follows the account: no account means the setup.
import { create } from 'zustand';
import { usePhoneStore } from './phoneStore';

export type Screen = 'home' | 'contacts' | 'settings' | 'setup';

export const useScreenStore = create<{ chosen: Screen | undefined }>(() => ({
  chosen: undefined,
}));

export function showScreen(screen: Screen): void {
  useScreenStore.setState({ chosen: screen });
}

export function useScreen(): Screen {
  const chosen = useScreenStore((s) => s.chosen);
  const hasAccount = usePhoneStore((s) => s.account !== undefined);
  return chosen ?? (hasAccount ? 'home' : 'setup');
}
