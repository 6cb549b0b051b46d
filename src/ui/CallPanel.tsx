import type { CallSnapshot } from '../phone/phone';
import { formatDuration } from './format';
import { usePhoneActions } from './PhoneActions';
import { useNow } from './useNow';
import { useT } from './useT';

export function CallPanel({ call }: { call: CallSnapshot }) {
  const t = useT();
  const actions = usePhoneActions();
  const now = useNow(1000, call.status === 'active');
  const { callId, remoteNumber, remoteName } = call.facts;
  const status =
    call.status === 'ended'
      ? t(`cause.${call.endCause ?? 'failed'}`)
      : call.status === 'active' && call.answeredAt !== undefined
        ? `${t('status.active')} ${formatDuration((now - call.answeredAt) / 1000)}`
        : t(`status.${call.status}`);

  return (
    <section
      aria-label={t('callWith', { number: remoteNumber })}
      className={`call-panel ${call.status}`}
    >
      <div className="party">
        <strong>{remoteName || remoteNumber}</strong>
        {remoteName && <span className="number">{remoteNumber}</span>}
      </div>
      <p role="status" aria-label={t('callStatus')}>
        {status}
      </p>
      {call.status !== 'ended' && (
        <div className="buttons">
          {call.status === 'incoming' && (
            <>
              <button
                type="button"
                className="primary answer"
                onClick={() => actions.answer(callId)}
              >
                {t('answer')}
              </button>
              <button type="button" className="danger" onClick={() => actions.decline(callId)}>
                {t('decline')}
              </button>
            </>
          )}
          {call.status !== 'incoming' && (
            <button type="button" className="danger" onClick={() => actions.hangup(callId)}>
              {t('hangUp')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
