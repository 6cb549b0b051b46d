// Auto-answer: the setting in use, and the call the phone is about to answer by itself, for its card.
import { create } from 'zustand';
import { type AutoAnswerSettings, DEFAULT_AUTO_ANSWER } from '../phone/autoAnswer';

export interface AutoAnswerPending {
  callId: string;
  /** When it answers, in Date.now() ms. */
  at: number;
}

export interface AutoAnswerState {
  settings: AutoAnswerSettings;
  pending: AutoAnswerPending | undefined;
}

export const useAutoAnswerStore = create<AutoAnswerState>(() => ({
  settings: DEFAULT_AUTO_ANSWER,
  pending: undefined,
}));
