// The id of a rule in the bridge host's own file: what an Integra shell rule names instead of a
// command. Apart from the schemas, so the app's first load checks ids without loading them.
export const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The rule id a shell rule's field names (spaces around it dropped), undefined when it is none. */
export function bridgeRuleOf(command: string): string | undefined {
  const id = command.trim();
  return RULE_ID.test(id) ? id : undefined;
}
