import type { Translate } from '../i18n';
import type { CallSnapshot } from '../phone/callLine';
import { CallControls } from './CallControls';
import { formatDuration } from './format';
import { usePhoneActions } from './PhoneActions';
import { shownText } from './shownText';
import { useNow } from './useNow';
import { useT } from './useT';

export function CallPanel({ call }: { call: CallSnapshot }) {
  const t = useT();
  const actions = usePhoneActions();
  const now = useNow(1000, call.status === 'active');
  const { callId } = call.facts;
  const remoteNumber = shownText(call.facts.remoteNumber);
  const remoteName = shownText(call.facts.remoteName);
  const status = statusText(call, now, t);

  return (
    <section
      aria-label={t('callWith', { number: remoteNumber })}
      className={`call-panel ${call.status}`}
    >
      <div className="party">
        {/* bdi: a caller's bidi override cannot reorder the text around it. */}
        <strong>
          <bdi>{remoteName || remoteNumber}</bdi>
        </strong>
        {remoteName && (
          <span className="number">
            <bdi>{remoteNumber}</bdi>
          </span>
        )}
      </div>
      <p role="status" aria-label={t('callStatus')}>
        {status}
      </p>
      {call.receivedDigits !== '' && (
        <p role="status" aria-label={t('receivedDigits')} className="digits">
          {call.receivedDigits}
        </p>
      )}
      {call.status === 'active' && <CallControls call={call} />}
      {call.status !== 'ended' && call.status !== 'active' && (
        <div className="buttons">
          {call.status === 'incoming' && (
            <>
              <button
                type="button"
                className="primary answer"
                onClick={() => void actions.run('answer', { callId })}
              >
                {t('answer')}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => void actions.run('decline', { callId })}
              >
                {t('decline')}
              </button>
            </>
          )}
          {call.status !== 'incoming' && (
            <button
              type="button"
              className="danger"
              onClick={() => void actions.run('hangUp', { callId })}
            >
              {t('hangUp')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

/** The call's state in words: its end cause, or how long it has lasted and whether it is held. */
function statusText(call: CallSnapshot, now: number, t: Translate): string {
  if (call.status === 'ended') return t(`cause.${call.endCause ?? 'failed'}`);
  if (call.status !== 'active' || call.answeredAt === undefined) return t(`status.${call.status}`);
  const parts = [t('status.active'), formatDuration((now - call.answeredAt) / 1000)];
  if (call.held) parts.push(`· ${t('status.held')}`);
  if (call.remoteHeld) parts.push(`· ${t('status.remoteHeld')}`);
  if (call.muted) parts.push(`· ${t('status.muted')}`);
  if (call.transfer === 'pending') parts.push(`· ${t('status.transferring')}`);
  if (call.transfer === 'failed') parts.push(`· ${t('status.transferFailed')}`);
  return parts.join(' ');
}
