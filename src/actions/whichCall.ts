// Which call a verb acts on when it is not told: one set of policies for buttons, hotkeys and
// links alike, pure so that every case is a table row.
import type { CallSnapshot } from '../phone/phone';

export type CallPolicy =
  /** The first call ringing here. */
  | 'ringing'
  /** The call the user is talking on: answered and not on hold. */
  | 'talking'
  /** The call the user is talking on; with nothing in progress, the one on hold. */
  | 'talking-or-held'
  /** An answered call, the one in progress before one on hold. */
  | 'answered'
  /** The call in progress (or being placed), else the ringing one, else one on hold. */
  | 'any';

/** Why a verb had no call to act on; the user is told. */
export type NoCallReason = 'no-incoming' | 'no-active' | 'no-call';

export const NO_CALL: Readonly<Record<CallPolicy, NoCallReason>> = {
  ringing: 'no-incoming',
  talking: 'no-active',
  'talking-or-held': 'no-active',
  answered: 'no-active',
  any: 'no-call',
};

const IN_PROGRESS = new Set(['calling', 'ringing', 'answering', 'active']);

/** The call the user is talking on (or placing): live, ours to end, not on hold. */
function current(calls: readonly CallSnapshot[]): CallSnapshot | undefined {
  return calls.find((c) => IN_PROGRESS.has(c.status) && !c.held);
}

function ringing(calls: readonly CallSnapshot[]): CallSnapshot | undefined {
  return calls.find((c) => c.status === 'incoming');
}

function held(calls: readonly CallSnapshot[]): CallSnapshot | undefined {
  return calls.find((c) => c.status === 'active' && c.held);
}

/** `calls` oldest first, as Phone lists them; ended calls are never picked. */
export function pickCall(
  policy: CallPolicy,
  calls: readonly CallSnapshot[],
): CallSnapshot | undefined {
  const live = calls.filter((c) => c.status !== 'ended');
  const inProgress = current(live);
  switch (policy) {
    case 'ringing':
      return ringing(live);
    case 'talking':
      return inProgress?.status === 'active' ? inProgress : undefined;
    case 'talking-or-held':
      if (inProgress) return inProgress.status === 'active' ? inProgress : undefined;
      return held(live);
    case 'answered':
      return inProgress?.status === 'active' ? inProgress : held(live);
    case 'any':
      return inProgress ?? ringing(live) ?? held(live);
  }
}
