// dialog-info bodies (RFC 4235) of the `dialog` event package: what a colleague's phone is doing.
// A full document replaces what is known; a partial one updates or ends dialogs by id.
import { attributeOf, childrenOf, isNode, readXml, textOf } from './xmlBody';

/** A colleague's line as the list shows it. `offline`: the PBX says nothing can reach them. */
export type ColleagueState = 'unknown' | 'idle' | 'ringing' | 'busy' | 'offline';

/** One dialog's state in RFC 4235's words, reduced to what a list shows. */
export type DialogPhase = 'ringing' | 'busy' | 'ended';

export interface Dialog {
  id: string;
  phase: DialogPhase;
  /** The colleague is called (recipient): a call that can be picked up. */
  incoming: boolean;
}

export interface DialogInfo {
  version: number;
  full: boolean;
  /** The presentity, as the PBX wrote it (untrusted: shown as text only). */
  entity: string;
  dialogs: Dialog[];
}

/** A colleague's known dialogs, by id; the state the list shows comes from them (colleagueOf). */
export type Dialogs = ReadonlyMap<string, Dialog>;

/** More than any real phone has at once; a document with more is refused. */
export const MAX_DIALOGS = 32;
const MAX_ID_CHARS = 256;

const PHASES: Readonly<Record<string, DialogPhase>> = {
  trying: 'ringing',
  proceeding: 'ringing',
  early: 'ringing',
  confirmed: 'busy',
  terminated: 'ended',
};

export function parseDialogInfo(body: string): DialogInfo | undefined {
  const root = readXml(body)?.['dialog-info'];
  if (!isNode(root)) return undefined;
  const version = attributeOf(root, 'version');
  const documentState = attributeOf(root, 'state');
  if (!/^\d{1,10}$/.test(version)) return undefined;
  if (documentState !== 'full' && documentState !== 'partial') return undefined;
  const elements = childrenOf(root, 'dialog');
  if (elements.length > MAX_DIALOGS) return undefined;
  const dialogs: Dialog[] = [];
  for (const element of elements) {
    const id = attributeOf(element, 'id');
    const phase = PHASES[textOf(element.state).trim().toLowerCase()];
    if (!id || id.length > MAX_ID_CHARS || !phase) return undefined;
    dialogs.push({ id, phase, incoming: attributeOf(element, 'direction') === 'recipient' });
  }
  return {
    version: Number(version),
    full: documentState === 'full',
    entity: attributeOf(root, 'entity').slice(0, MAX_ID_CHARS),
    dialogs,
  };
}

/** The dialogs known after `info`: a full document replaces them, a partial one merges. */
export function applyDialogInfo(known: Dialogs, info: DialogInfo): Dialogs {
  const next = new Map(info.full ? [] : known);
  for (const dialog of info.dialogs) {
    if (dialog.phase === 'ended') next.delete(dialog.id);
    else next.set(dialog.id, dialog);
  }
  return next;
}

export interface Colleague {
  state: ColleagueState;
  /** Ringing and called, not calling: the call can be picked up. */
  canPickUp: boolean;
}

/** A call ringing for them comes first (it can be picked up), then a call in progress. */
export function colleagueOf(dialogs: Dialogs): Colleague {
  const all = [...dialogs.values()];
  if (all.some((d) => d.phase === 'ringing' && d.incoming)) {
    return { state: 'ringing', canPickUp: true };
  }
  if (all.some((d) => d.phase === 'busy')) return { state: 'busy', canPickUp: false };
  if (all.some((d) => d.phase === 'ringing')) return { state: 'ringing', canPickUp: false };
  return { state: 'idle', canPickUp: false };
}
