// Integra's settings as data: rules, the global switches, and the order of the events
// (docs/integra.md). The settings screen builds its checkboxes from EVENT_ORDER; their words, the
// original's labels, are in the UI's dictionaries (src/i18n/integra.ts, `integra.event.*`).
import { CALL_EVENTS, type CallEventName } from '../phone/types';

/** open: a browser tab (the CRM pop); get/post: a background request; shell: the native bridge. */
export const RULE_KINDS = ['open', 'get', 'post', 'shell'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export interface IntegraRule {
  id: string;
  name: string;
  enabled: boolean;
  kind: RuleKind;
  /** "Command to execute": a template with !00-!07 and !{name} placeholders. */
  command: string;
  /** "Only on external calls": a remote number matching internalPattern triggers nothing. */
  onlyExternal: boolean;
  events: readonly CallEventName[];
}

export interface IntegraSettings {
  /** "Enable INTEGRA": off means no rule runs. */
  enabled: boolean;
  /** Regex source that a whole remote number must match to count as an internal extension. */
  internalPattern: string;
  /** CALL_ACTIVE: the INVITE header (any case) that marks a queue call; '' turns the rule off. */
  queueHeader: string;
  /** Text the header's value must contain (any case); '' means the header being there is enough. */
  queueValue: string;
  rules: IntegraRule[];
}

/**
 * Extension plans are 2 to 5 digits; a number from outside is longer (an Italian number has 6+
 * digits, an E.164 one starts with +), so 2-5 bare digits are internal. Short service numbers
 * (112, 187) count as internal too: they have no CRM record to pop.
 */
export const DEFAULT_INTERNAL_PATTERN = '^[0-9]{2,5}$';

export const DEFAULT_INTEGRA_SETTINGS: IntegraSettings = {
  enabled: false,
  internalPattern: DEFAULT_INTERNAL_PATTERN,
  queueHeader: '',
  queueValue: '',
  rules: [],
};

/** A new rule pops the CRM on incoming calls, the original's most common use. */
export function newRule(id: string): IntegraRule {
  return {
    id,
    name: '',
    enabled: true,
    kind: 'open',
    command: '',
    onlyExternal: false,
    events: ['CALL_IN'],
  };
}

/** The order the original shows its checkboxes in. */
export const EVENT_ORDER: readonly CallEventName[] = CALL_EVENTS;
