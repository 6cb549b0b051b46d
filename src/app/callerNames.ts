// Names the other party of each call, in this order: the phonebook (matched by the dial plan's
// normalised number), the lookup URL, then the SIP display name, which the call already has. The
// ring never waits: the name shows on the call, in its notification and in history when it comes.
import type { CallerNameSettings } from '../contacts/callerNameSettings';
import type { CallSnapshot, Phone } from '../phone/phone';

export interface CallerNameEdges {
  /** The phonebook's name for a number, undefined when no contact has it. */
  phonebook(number: string): Promise<string | undefined>;
  /** The lookup URL's answer for the call; undefined when none is set or it knows no name. */
  lookup(call: CallSnapshot): Promise<string | undefined>;
}

export interface CallerNames {
  /** The name found for a call once every source has answered or timed out; undefined for none. */
  nameOf(callId: string): Promise<string | undefined>;
}

export function connectCallerNames(phone: Phone, edges: CallerNameEdges): CallerNames {
  const found = new Map<string, Promise<string | undefined>>();
  phone.events.on((event) => {
    if (event.type !== 'call') return;
    const { call } = event;
    const callId = call.facts.callId;
    if (call.status === 'ended') {
      // Kept until its last listener (Integra's CALL_CLOSE) has asked; later calls start afresh.
      const done = found.get(callId);
      if (done) void done.finally(() => found.delete(callId));
      return;
    }
    if (found.has(callId)) return;
    const name = findName(call, edges);
    found.set(callId, name);
    void name.then((value) => {
      if (value) phone.nameCall(callId, value);
    });
  });
  return { nameOf: (callId) => found.get(callId) ?? Promise.resolve(undefined) };
}

async function findName(call: CallSnapshot, edges: CallerNameEdges): Promise<string | undefined> {
  if (call.facts.remoteNumber === '') return undefined;
  try {
    return (await edges.phonebook(call.facts.remoteNumber)) ?? (await edges.lookup(call));
  } catch (error) {
    console.error('caller name not found', error);
    return undefined;
  }
}

export interface LookupEdges {
  fetch: typeof fetch;
  now(): number;
  settings(): CallerNameSettings;
}

/** The lookup URL, its code loaded with the first call that has one to ask. */
export function lazyLookup(edges: LookupEdges): CallerNameEdges['lookup'] {
  let loaded: Promise<CallerNameEdges['lookup']> | undefined;
  return async (call) => {
    if (edges.settings().lookupUrl === '') return undefined;
    loaded ??= import('../contacts/callerLookup').then((m) => m.callerLookup(edges));
    return (await loaded)(call);
  };
}
