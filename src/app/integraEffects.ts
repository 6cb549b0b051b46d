// What Integra does with an expanded rule, one function per kind. The browser edges are passed in,
// so tests can use fakes; the results land in the Integra log.
import type { sendBackgroundRequest } from '../browser/backgroundRequest';
import type { NativeBridge } from '../browser/nativeBridge';
import type { showNotification } from '../browser/notifications';
import type { openPop } from '../browser/popup';
import type { Translate } from '../i18n';
import { expandRule } from '../integra/expand';
import { maskSecrets } from '../integra/mask';
import type { IntegraRule } from '../integra/rule';
import type { CallEventName } from '../phone/types';
import {
  addBlockedPop,
  type IntegraOutcome,
  logAction,
  removeBlockedPop,
} from '../store/integraStore';

export interface IntegraEdges {
  openPop: typeof openPop;
  sendRequest: typeof sendBackgroundRequest;
  notify: typeof showNotification;
  bridge: NativeBridge;
  now: () => number;
  t: Translate;
}

/** Expands one rule and carries it out; never throws, always logs. */
export async function runRule(
  rule: IntegraRule,
  values: Readonly<Record<string, string>>,
  event: CallEventName | 'TEST',
  edges: IntegraEdges,
): Promise<void> {
  const at = edges.now();
  const expanded = expandRule(rule, values);
  const log = (command: string, outcome: IntegraOutcome) =>
    logAction({ at, event, rule: rule.name, command: maskSecrets(command), outcome });
  if (!expanded.ok) {
    log('', { kind: 'refused', error: expanded.error });
    return;
  }
  const { text } = expanded;
  switch (expanded.kind) {
    case 'open': {
      const result = edges.openPop(text);
      if (result === 'blocked') offerBlockedPop(rule, text, values['01'] ?? '', edges);
      log(text, { kind: result });
      return;
    }
    case 'get':
    case 'post': {
      const outcome = await edges.sendRequest(text, expanded.body);
      log(
        text,
        outcome.ok
          ? { kind: 'sent', status: outcome.status }
          : { kind: 'request-failed', error: outcome.error },
      );
      return;
    }
    case 'shell':
      // text is the rule's id in the host's file; the host builds the command from the values.
      log(text, { kind: 'bridge', outcome: await edges.bridge.run({ rule: text, event, values }) });
      return;
  }
}

/** A refused pop is never lost: a banner in the app, and a notification, open it on click. */
function offerBlockedPop(
  rule: IntegraRule,
  url: string,
  remoteNumber: string,
  edges: IntegraEdges,
) {
  const id = addBlockedPop({ url, rule: rule.name, remoteNumber });
  edges.notify({
    title: edges.t('integra.popBlockedTitle'),
    body: edges.t('integra.popBlockedBody', { rule: rule.name, number: remoteNumber }),
    tag: `integra-pop-${id}`,
    onClick: () => {
      if (edges.openPop(url) === 'opened') removeBlockedPop(id);
    },
  });
}
