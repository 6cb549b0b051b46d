// What Phone's methods answer: typed results, since a refused action is normal, not an exception.
// The UI words each error (notice.<error>).

export type DialError =
  | 'invalid-number'
  | 'no-account'
  | 'not-registered'
  | 'too-many-calls'
  | 'failed';
export type DialResult = { ok: true; callId: string } | { ok: false; error: DialError };

export type CallActionError =
  /** No live call has that Call-ID. */
  | 'no-call'
  /** The call is not answered yet. */
  | 'not-active'
  | 'invalid-number'
  | 'invalid-digits'
  /** An attended transfer names the same call twice. */
  | 'same-call'
  /** A transfer of this call is already under way. */
  | 'in-progress'
  /** Merging needs two live calls. */
  | 'no-second-call'
  /** The two calls are merged already. */
  | 'already-merged';
export type CallActionResult = { ok: true } | { ok: false; error: CallActionError };

export const OK: CallActionResult = { ok: true };
export const refused = (error: CallActionError): CallActionResult => ({ ok: false, error });
