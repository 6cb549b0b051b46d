// Colleagues' lines and the voicemail light, as the PBX last told; the setting behind them.
import { create } from 'zustand';
import {
  type ColleagueSettings,
  DEFAULT_COLLEAGUE_SETTINGS,
} from '../phone/presence/colleagueSettings';
import type { ColleagueState } from '../phone/presence/dialogInfo';
import type { MessageWaiting } from '../phone/presence/messageSummary';

export interface ColleagueLine {
  state: ColleagueState;
  canPickUp: boolean;
}

export interface PresenceState {
  settings: ColleagueSettings;
  /** By watched dial string; a colleague not here is 'unknown'. */
  lines: Readonly<Record<string, ColleagueLine>>;
  voicemail: MessageWaiting | undefined;
}

export const usePresenceStore = create<PresenceState>(() => ({
  settings: DEFAULT_COLLEAGUE_SETTINGS,
  lines: {},
  voicemail: undefined,
}));
