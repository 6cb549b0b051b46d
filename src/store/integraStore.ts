// Integra's part of what the UI shows: its settings, the log of actions, and pops a blocker refused.
import { create } from 'zustand';
import type { RunResult } from '../../bridge/protocol/messages';
import type { ExpandError } from '../integra/expand';
import { DEFAULT_INTEGRA_SETTINGS, type IntegraSettings } from '../integra/rule';
import type { CallEventName } from '../phone/types';

/**
 * What the native bridge answered a shell rule: the host's result, or no extension on this address
 * (not-installed), or no answer in time.
 */
export type BridgeOutcome = RunResult | { ok: false; error: 'not-installed' | 'no-answer' };

/** How many actions the log keeps. */
export const LOG_SIZE = 300;

export type IntegraOutcome =
  | { kind: 'opened' }
  | { kind: 'blocked' }
  | { kind: 'sent'; status?: number }
  | { kind: 'request-failed'; error: 'timeout' | 'network' }
  | { kind: 'refused'; error: ExpandError }
  | { kind: 'bridge'; outcome: BridgeOutcome };

export interface IntegraLogEntry {
  id: number;
  at: number;
  /** The call event, or 'TEST' for the settings' Test button. */
  event: CallEventName | 'TEST';
  rule: string;
  /** The expanded command with secrets masked; '' when expansion was refused. */
  command: string;
  outcome: IntegraOutcome;
}

/** A CRM pop the browser refused to open; the banner opens it on click. */
export interface BlockedPop {
  id: number;
  url: string;
  rule: string;
  remoteNumber: string;
}

export interface IntegraState {
  settings: IntegraSettings;
  log: IntegraLogEntry[];
  blockedPops: BlockedPop[];
}

export const useIntegraStore = create<IntegraState>(() => ({
  settings: DEFAULT_INTEGRA_SETTINGS,
  log: [],
  blockedPops: [],
}));

let nextId = 1;

export function logAction(entry: Omit<IntegraLogEntry, 'id'>): void {
  const id = nextId++;
  useIntegraStore.setState((s) => ({ log: [{ ...entry, id }, ...s.log].slice(0, LOG_SIZE) }));
}

export function addBlockedPop(pop: Omit<BlockedPop, 'id'>): number {
  const id = nextId++;
  // Keep a handful: a blocker refusing every pop for an hour must not pile up banners.
  useIntegraStore.setState((s) => ({
    blockedPops: [{ ...pop, id }, ...s.blockedPops].slice(0, 5),
  }));
  return id;
}

export function removeBlockedPop(id: number): void {
  useIntegraStore.setState((s) => ({ blockedPops: s.blockedPops.filter((p) => p.id !== id) }));
}
