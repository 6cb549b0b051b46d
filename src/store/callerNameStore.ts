// The caller-name setting in use (lookup URL and its time limit), loaded at start.
import { create } from 'zustand';
import {
  type CallerNameSettings,
  DEFAULT_CALLER_NAME_SETTINGS,
} from '../contacts/callerNameSettings';

export const useCallerNameStore = create<{ settings: CallerNameSettings }>(() => ({
  settings: { ...DEFAULT_CALLER_NAME_SETTINGS },
}));
