// The user's dial plan (country, outside-line and international prefixes), read wherever a number
// is found in free text. Loaded at start from the 'dialPlan' setting; the settings screen saves it.
import { create } from 'zustand';
import { DEFAULT_DIAL_PLAN, type DialPlan } from '../numbers/dialPlanDefaults';

export const useDialPlanStore = create<{ plan: DialPlan }>(() => ({
  plan: { ...DEFAULT_DIAL_PLAN },
}));
