// A refused save in words, the same in every form: a live call (saving the account registers
// again) and a failed write. What is wrong with a refused draft each form says at its fields.
import type { Translate } from '../i18n';
import { ACCOUNT_PROBLEMS } from '../phone/account';
import type { Account } from '../phone/sipPort';
import type { ImportError } from '../settings/partTypes';
import type { SaveOutcome } from '../settings/settingsService';
import { isolated } from './shownText';

/** A save that was not refused for its draft: nothing was wrong with it, and nothing changed. */
export type Refusal = Extract<
  SaveOutcome<unknown>,
  { refused: 'call-live' | 'not-saved' | 'locked' }
>;

/** An import says it of the whole file, with its own words. */
export function refusalText(t: Translate, outcome: Refusal, what: 'save' | 'import' = 'save') {
  if (what === 'import') return t(`settingsFile.${outcome.refused}`);
  switch (outcome.refused) {
    case 'call-live':
      return t('save.callLive');
    case 'locked':
      return t('save.locked');
    case 'not-saved':
      return t('save.notSaved', { reason: outcome.reason });
  }
}

/** What is wrong with a field of a settings file or a config.json, in words. */
export function problemText(t: Translate, error: ImportError): string {
  return t(`problem.${error.problem}`, {
    with: error.with ?? '',
    // From the file: isolated, so a bidi control in it cannot reorder the message.
    name: isolated(error.detail ?? ''),
  });
}

/** Why an account was not saved, as the account form and the configuration dialog say it. */
export function accountRefusalText(t: Translate, outcome: SaveOutcome<Account>): string {
  if (outcome.ok) return '';
  if (outcome.refused !== 'invalid') return refusalText(t, outcome);
  return t('notice.invalid-settings', { problem: accountProblemText(t, outcome.error) });
}

function accountProblemText(t: Translate, error: ImportError): string {
  const words = t(`problem.${error.problem}`, { with: '', name: '' });
  // checkAccount's problems are whole sentences; the shared ones (too long, control characters)
  // say it of a field, which they name.
  const own = (ACCOUNT_PROBLEMS as readonly string[]).includes(error.problem);
  return own ? words : `${error.field.replace(/^account\.?/, '')} ${words}`;
}
