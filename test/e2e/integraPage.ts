// Drives Integra's settings and log through their labels, as a user would.
import type { PhonePage } from './phonePage';

export interface RuleInput {
  /** The visible option text of "Action". */
  action: string;
  command: string;
  /** Event checkbox labels to tick, e.g. "On call accept"; others are unticked. */
  events: string[];
  onlyExternal?: boolean;
}

const EVENT_LABELS = [
  'On call in',
  'On forward in',
  'On call out',
  'On call accept',
  'On call close',
  'On call activate',
  'On busy',
];

/** Enables INTEGRA with one rule (replacing the first rule if there is one) and saves. */
export async function configureIntegra(phone: PhonePage, rule: RuleInput): Promise<void> {
  await phone.openSection('INTEGRA');
  const form = phone.page.getByRole('form', { name: 'INTEGRA', exact: true });
  await form.getByRole('checkbox', { name: 'Enable INTEGRA', exact: true }).check();
  const first = form.getByRole('group', { name: 'Rule 1', exact: true });
  if ((await first.count()) === 0) {
    await form.getByRole('button', { name: 'Add rule', exact: true }).click();
  }
  await first.getByLabel('Action', { exact: true }).selectOption({ label: rule.action });
  // A shell rule names a rule of the bridge host's file instead of holding a command.
  const commandLabel = rule.action.startsWith('Shell command')
    ? 'Bridge rule'
    : 'Command to execute';
  await first.getByLabel(commandLabel, { exact: true }).fill(rule.command);
  await first
    .getByRole('checkbox', { name: 'Only on external calls', exact: true })
    .setChecked(rule.onlyExternal ?? false);
  for (const label of EVENT_LABELS) {
    await first
      .getByRole('checkbox', { name: label, exact: true })
      .setChecked(rule.events.includes(label));
  }
  await form.getByRole('button', { name: 'Save INTEGRA settings', exact: true }).click();
  await form.getByRole('status').filter({ hasText: 'INTEGRA settings saved.' }).waitFor();
}

/** The INTEGRA log's entries, newest first, as text (opening the settings if needed). */
export async function integraLog(phone: PhonePage): Promise<string[]> {
  await phone.openSection('INTEGRA');
  return phone.page
    .getByRole('region', { name: 'INTEGRA log', exact: true })
    .getByRole('listitem')
    .allInnerTexts();
}
