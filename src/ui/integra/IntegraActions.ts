// What Integra's UI may ask for. The app provides the real implementation; component tests a fake.
import { createContext, useContext } from 'react';
import type { IntegraRule } from '../../integra/rule';

/** Integra's settings are saved as every part is, through SettingsActions. */
export interface IntegraActions {
  /** Fires the rule with a made-up call, from a click (so a pop is not blocked). */
  testRule(rule: IntegraRule): void;
  /** Opens a pop the browser blocked, from the banner's click. */
  openBlockedPop(id: number): void;
  dismissBlockedPop(id: number): void;
}

export const IntegraActionsContext = createContext<IntegraActions | null>(null);

export function useIntegraActions(): IntegraActions {
  const actions = useContext(IntegraActionsContext);
  if (!actions) throw new Error('useIntegraActions outside IntegraActionsContext');
  return actions;
}
