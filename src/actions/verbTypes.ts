// What verbs take, what they answer and what they need from the app: types only, so the table
// (verbs.ts), the dispatcher and the UI share one vocabulary.
import type { MessageKey } from '../i18n';
import type { Phone } from '../phone/phone';
import type { HistoryEntry } from '../storage/historyEntry';

/** What each verb takes. A verb with `callId` acts on that call, or on the one its policy picks. */
export interface VerbInputs {
  dialSelection: Record<string, never>;
  answer: { callId?: string };
  hangUp: { callId?: string };
  hold: { callId?: string };
  mute: { callId?: string };
  focusDialBox: Record<string, never>;
  redial: Record<string, never>;
  showHelp: Record<string, never>;
  doNotDisturb: Record<string, never>;
  /** `postDial`: digits sent as tones once the call is answered (tel: `;ext=`). */
  dial: { number: string; extendedId?: string; domain?: string; postDial?: string };
  dialText: { text: string };
  decline: { callId?: string };
  resume: { callId?: string };
  sendDtmf: { callId?: string; digits: string };
  transfer: { callId?: string; target: string };
  /** Puts the party of the call through to the party of `otherCallId` (never picked itself). */
  join: { callId?: string; otherCallId: string };
  /** Merges the two answered calls into a three-way conference. */
  merge: Record<string, never>;
}

/** A message for the user: a dictionary key and its values. */
export interface Words {
  key: MessageKey;
  params?: Record<string, string>;
}

/** `said` on success: a note for the user (a selection that held more numbers). A verb that acts
 * on a call need not name it: dispatch hands back the call it picked. */
export type VerbResult = { ok: true; callId?: string; said?: Words } | { ok: false; said: Words };

/** `found` as the text wrote it; `others`: further numbers the text held, for the user to know. */
export type FoundNumber =
  | { ok: true; dialString: string; found: string; others: readonly string[] }
  | { ok: false; said: Words };

export type ClipboardText =
  | { ok: true; text: string }
  | { ok: false; error: 'clipboardRefused' | 'clipboardUnavailable' | 'clipboardEmpty' };

/** What the verbs need from the app: Phone for calls, the browser edges for the rest. */
export interface VerbEdges {
  phone: Pick<
    Phone,
    | 'dial'
    | 'answer'
    | 'decline'
    | 'hangup'
    | 'hold'
    | 'switchTo'
    | 'toggleMute'
    | 'sendDtmf'
    | 'transfer'
    | 'attendedTransfer'
    | 'merge'
    | 'liveCalls'
  >;
  /** Newest first. */
  history(): readonly HistoryEntry[];
  /** The number to dial in free text, read with the user's dial plan, or why there is none. */
  findNumber(text: string): Promise<FoundNumber>;
  /** The page's selection, else the clipboard (asked for inside the key press). */
  selectionOrClipboard(): Promise<ClipboardText>;
  /** Sends digits once the call is answered; drops them if it ends first. */
  whenAnswered(callId: string, digits: string): void;
  focusDialBox(): void;
  showHelp(): void;
  /** Turns do not disturb on if off, off if on, in the window that holds the phone. */
  toggleDoNotDisturb(): Promise<VerbResult>;
}
