// What the UI shows, fed by Phone events and storage; components select narrowly from it.
import { create } from 'zustand';
import type { LinkAccount } from '../commands/types';
import type { CallSnapshot } from '../phone/phone';
import type { Account, RegistrationChange } from '../phone/sipPort';
import type { HistoryEntry } from '../storage/historyEntry';

/** Where the phone runs, as this window sees it. */
export type PhoneWindow = 'deciding' | 'here' | 'elsewhere';

export type Delivery =
  /** Run, here or by the window with the phone; `message` comes from `run` there. */
  | { link: string; outcome: 'done'; ok: boolean; message: string; ranHere: boolean }
  /** A window holds the phone but does not answer (frozen, or an old version): offer takeOver. */
  | { link: string; outcome: 'unanswered' }
  /** The window with the phone took the link but said nothing in time; it may have run it. */
  | { link: string; outcome: 'no-result' };

/** How many history entries the list keeps in memory. */
export const HISTORY_IN_VIEW = 200;

export interface PhoneState {
  registration: RegistrationChange;
  account: Account | undefined;
  /** Live calls and, for a few seconds, calls that just ended. */
  calls: CallSnapshot[];
  history: HistoryEntry[];
  /** A message for the user about the last thing they tried (e.g. an invalid number); '' when none. */
  notice: string;
  /** Which window runs the phone (holds the SIP registration): this one, another, or not known yet. */
  phoneWindow: PhoneWindow;
  /** An autoconfiguration link's account, shown for confirmation; nothing is applied before. */
  pendingConfiguration: LinkAccount | undefined;
  /** Do not disturb: new incoming calls are declined before they ring (doNotDisturb.ts). */
  doNotDisturb: boolean;
  /** What became of the last link this window handed to the window with the phone. */
  delivery: ShownDelivery | undefined;
}

/** A link handed to the phone window, and what this window does next ('closing' by itself). */
export type ShownDelivery = Delivery & { after: 'closing' | 'may-close' | 'stays' };

export const usePhoneStore = create<PhoneState>(() => ({
  registration: { state: 'offline', reason: '', url: '' },
  account: undefined,
  calls: [],
  history: [],
  notice: '',
  phoneWindow: 'deciding',
  pendingConfiguration: undefined,
  doNotDisturb: false,
  delivery: undefined,
}));

export function putCall(call: CallSnapshot): void {
  usePhoneStore.setState((s) => {
    const others = s.calls.filter((c) => c.facts.callId !== call.facts.callId);
    return { calls: [...others, call].sort((a, b) => a.startedAt - b.startedAt) };
  });
}

export function dropCall(callId: string): void {
  usePhoneStore.setState((s) => ({ calls: s.calls.filter((c) => c.facts.callId !== callId) }));
}

export function putHistoryEntry(entry: HistoryEntry): void {
  usePhoneStore.setState((s) => {
    const others = s.history.filter((e) => e.callId !== entry.callId);
    const next = [entry, ...others].sort((a, b) => b.startedAt - a.startedAt);
    return { history: next.slice(0, HISTORY_IN_VIEW) };
  });
}
