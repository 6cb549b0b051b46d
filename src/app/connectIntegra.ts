// Runs the Integra rules on Phone's call events. Each rule runs on its own, after the event's other
// listeners: a slow or failing CRM never delays ringing, answering or history.
import { placeholderValues } from '../integra/placeholders';
import type { IntegraRule } from '../integra/rule';
import { rulesFor } from '../integra/select';
import type { CallSnapshot, Phone, PhoneEvent } from '../phone/phone';
import type { CallEventName } from '../phone/types';
import { useIntegraStore } from '../store/integraStore';
import type { CallerNames } from './callerNames';
import { type IntegraEdges, runRule } from './integraEffects';

export function connectIntegra(
  phone: Phone,
  edges: IntegraEdges,
  names?: Pick<CallerNames, 'nameOf'>,
): () => void {
  return phone.events.on((event: PhoneEvent) => {
    if (event.type !== 'call' || event.event === null) return;
    const rules = rulesFor(event.event, event.call.facts, useIntegraStore.getState().settings);
    if (rules.length === 0) return;
    const call = integraCall(event.event, event.call, edges.now());
    const values = placeholderValues(call);
    const waits = names ? rules.filter(usesCallerName) : [];
    for (const rule of rules)
      if (!waits.includes(rule)) void runRule(rule, values, event.event, edges);
    if (waits.length === 0 || !names) return;
    // Every event of the call waits for the same answer, so a call's rules still run in order.
    void names.nameOf(event.call.facts.callId).then((callerName) => {
      const named = placeholderValues({ ...call, callerName });
      for (const rule of waits) void runRule(rule, named, event.event as CallEventName, edges);
    });
  });
}

/** A rule that carries the caller's name: its template names it, or it posts every value. */
function usesCallerName(rule: IntegraRule): boolean {
  return rule.kind === 'post' || /!\{caller_name\}/i.test(rule.command);
}

function integraCall(event: CallEventName, call: CallSnapshot, at: number) {
  const closed = event === 'CALL_CLOSE';
  return {
    event,
    facts: call.facts,
    at,
    durationSeconds:
      closed && call.answeredAt !== undefined
        ? Math.round(((call.endedAt ?? at) - call.answeredAt) / 1000)
        : closed
          ? 0
          : undefined,
    endCause: closed ? call.endCause : undefined,
    extendedId: call.extendedId,
    callerName: call.callerName,
  };
}
