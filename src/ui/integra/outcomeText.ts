// The Integra log's outcome in words.

import type { Translate } from '../../i18n';
import type { ExpandError } from '../../integra/expand';
import type { IntegraOutcome } from '../../store/integraStore';
import { quotedValue } from '../shownText';

export function outcomeText(outcome: IntegraOutcome, t: Translate): string {
  switch (outcome.kind) {
    case 'opened':
    case 'blocked':
      return t(`outcome.${outcome.kind}`);
    case 'sent':
      return outcome.status === undefined
        ? t('outcome.sent')
        : t('outcome.sentStatus', { status: String(outcome.status) });
    case 'request-failed':
      return t(`outcome.request-failed.${outcome.error}`);
    case 'bridge':
      return outcome.outcome.ok
        ? t('outcome.bridge.ok', { code: String(outcome.outcome.exitCode) })
        : t(`outcome.bridge.${outcome.outcome.error}`);
    case 'refused':
      return t('outcome.refused', { reason: expandErrorText(outcome.error, t) });
  }
}

export function expandErrorText(error: ExpandError, t: Translate): string {
  switch (error.type) {
    case 'unknown-placeholder':
      return t('expand.unknown-placeholder', { name: error.name });
    case 'placeholder-in-address':
      return t('expand.placeholder-in-address', { name: error.placeholder });
    case 'unsafe-shell-value':
    case 'unsafe-url-value':
      return t(`expand.${error.type}`, {
        name: error.placeholder,
        value: quotedValue(error.value),
      });
    case 'too-long':
      return error.placeholder === undefined
        ? t('expand.too-long')
        : t('expand.too-long-value', { name: error.placeholder });
    default:
      return t(`expand.${error.type}`);
  }
}
