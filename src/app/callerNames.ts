// Names the other party of each call, in this order: the phonebook (matched by the dial plan's
// normalised number), the lookup URL, then the SIP display name, which the call already has. The
// ring never waits: the name shows on the call, in its notification and in history when it comes.
import type { CallerNameSettings } from '../contacts/callerNameSettings';
import { lookupUrl, type NameLookup } from '../contacts/nameLookup';
import { placeholderValues } from '../integra/placeholders';
import type { CallSnapshot, Phone } from '../phone/phone';

export interface CallerNameEdges {
  /** The phonebook's name for a number, undefined when no contact has it. */
  phonebook(number: string): Promise<string | undefined>;
  lookup: NameLookup;
  settings(): CallerNameSettings;
  now(): number;
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
  const number = call.facts.remoteNumber;
  if (number === '') return undefined;
  try {
    const contact = await edges.phonebook(number);
    if (contact) return contact;
  } catch (error) {
    console.error('phonebook lookup failed', error);
  }
  const { lookupUrl: template, lookupTimeoutMs } = edges.settings();
  if (template === '') return undefined;
  const event = call.facts.direction === 'incoming' ? 'CALL_IN' : 'CALL_OUT';
  const url = lookupUrl(template, placeholderValues({ event, facts: call.facts, at: edges.now() }));
  return url === undefined ? undefined : edges.lookup.ask(url, lookupTimeoutMs);
}
