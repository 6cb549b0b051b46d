// A three-way conference of the two lines, mixed in this page (media/conferenceMix.ts): which calls
// can be merged, pure so each case is a table row. Phone keeps the merge in each call's snapshot.
import type { CallSnapshot } from './callLine';
import type { CallActionError } from './phoneResults';

export type MergeCheck =
  | { ok: true; pair: [string, string] }
  | { ok: false; error: CallActionError };

/** The two live calls to merge, or why they cannot be: both answered, no transfer under way. */
export function mergeable(calls: readonly CallSnapshot[]): MergeCheck {
  const live = calls.filter((c) => c.status !== 'ended');
  const [a, b] = live;
  if (live.length !== 2 || !a || !b) return { ok: false, error: 'no-second-call' };
  if (a.mergedWith !== undefined || b.mergedWith !== undefined) {
    return { ok: false, error: 'already-merged' };
  }
  if (a.status !== 'active' || b.status !== 'active') return { ok: false, error: 'not-active' };
  if (a.transfer === 'pending' || b.transfer === 'pending') {
    return { ok: false, error: 'in-progress' };
  }
  return { ok: true, pair: [a.facts.callId, b.facts.callId] };
}

/** Whether the two live calls could be merged now: the Merge button shows only then. */
export const canMerge = (calls: readonly CallSnapshot[]): boolean => mergeable(calls).ok;
