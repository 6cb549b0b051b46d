// What Integra's UI may ask for. The app provides the real implementation; component tests a fake.
import { createContext, useContext } from 'react';
import type { SettingsProblem } from '../../integra/checkSettings';
import type { IntegraRule } from '../../integra/rule';
import type { NotSaved } from '../../storage/settings';

/**
 * detail: what the problem is about, for the message to name (an unknown placeholder `!99`);
 * reason: why the browser could not store good settings.
 */
export type SaveIntegraResult =
  | { ok: true }
  | { ok: false; field: string; problem: SettingsProblem; detail?: string }
  | NotSaved;

export interface IntegraActions {
  /** Checks and stores the settings; never rejects, and nothing changes when they are refused. */
  saveSettings(settings: unknown): Promise<SaveIntegraResult>;
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
