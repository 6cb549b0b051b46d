// What the history list reads: where its pages come from and how the writer is doing. It comes
// from context, made by createApp, so the UI holds no storage of its own and tests give arrays.
import { createContext, useContext } from 'react';
import type { HistorySource } from '../storage/historyQuery';
import type { HistoryWriter } from '../storage/historyWriter';

export interface HistoryAccess {
  /** Pages of the stored history, whole or searched. */
  source: HistorySource;
  /** The write status, to say when calls cannot be saved. */
  writes: Pick<HistoryWriter, 'status' | 'onStatus'>;
}

const ALL_WRITTEN = { queued: 0, failure: '' };

/** No stored history (component tests that do not ask for one): main.tsx provides the real one. */
export const noHistory: HistoryAccess = {
  source: { page: async () => ({ entries: [], next: null }) },
  writes: { status: () => ALL_WRITTEN, onStatus: () => () => undefined },
};

export const HistoryAccessContext = createContext<HistoryAccess>(noHistory);

export function useHistoryAccess(): HistoryAccess {
  return useContext(HistoryAccessContext);
}
