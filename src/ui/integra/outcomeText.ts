// The Integra log's outcome in words.

import type { Translate } from '../../i18n';
import type { ExpandError } from '../../integra/expand';
import type { BridgeOutcome, IntegraOutcome } from '../../store/integraStore';
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
      return bridgeText(outcome.outcome, t);
    case 'refused':
      return t('outcome.refused', { reason: expandErrorText(outcome.error, t) });
  }
}

function bridgeText(outcome: BridgeOutcome, t: Translate): string {
  if (outcome.ok) {
    const ended = outcome.timedOut
      ? t('outcome.bridge.timedOut')
      : outcome.exitCode === null
        ? t('outcome.bridge.signal', { signal: outcome.signal ?? '?' })
        : t('outcome.bridge.ok', { code: String(outcome.exitCode) });
    const output = outcome.output.trim();
    return output === ''
      ? ended
      : t('outcome.bridge.output', { ended, output: quotedValue(output) });
  }
  if ('detail' in outcome) return t(`outcome.bridge.${outcome.error}`, { detail: outcome.detail });
  return t(`outcome.bridge.${outcome.error}`);
}

export function expandErrorText(error: ExpandError, t: Translate): string {
  switch (error.type) {
    case 'unknown-placeholder':
      return t('expand.unknown-placeholder', { name: error.name });
    case 'placeholder-in-address':
      return t('expand.placeholder-in-address', { name: error.placeholder });
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
