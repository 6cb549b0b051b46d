// Asks the lookup URL for a call's name: the URL built from the call's values as an Integra
// rule's is, the answer kept for a while (nameLookup.ts). Loaded with the first call to ask.
import type { LookupEdges } from '../app/callerNames';
import { placeholderValues } from '../integra/placeholders';
import type { CallSnapshot } from '../phone/callLine';
import { createNameLookup, lookupUrl } from './nameLookup';

export function callerLookup(
  edges: LookupEdges,
): (call: CallSnapshot) => Promise<string | undefined> {
  const lookup = createNameLookup(edges);
  return async (call) => {
    const { lookupUrl: template, lookupTimeoutMs } = edges.settings();
    if (template === '') return undefined;
    const event = call.facts.direction === 'incoming' ? 'CALL_IN' : 'CALL_OUT';
    const values = placeholderValues({ event, facts: call.facts, at: edges.now() });
    const url = lookupUrl(template, values);
    return url === undefined ? undefined : lookup.ask(url, lookupTimeoutMs);
  };
}
