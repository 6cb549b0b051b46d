// Transfer of a live call: blind to a typed number, or joined with the user's other call.
import { type FormEvent, useId, useState } from 'react';
import type { CallSnapshot } from '../phone/callLine';
import { usePhoneStore } from '../store/phoneStore';
import { usePhoneActions } from './PhoneActions';
import { useT } from './useT';

export function TransferBox({ call }: { call: CallSnapshot }) {
  const t = useT();
  const actions = usePhoneActions();
  const inputId = useId();
  const [target, setTarget] = useState('');
  const callId = call.facts.callId;
  // Only the other call's Call-ID and number, so this re-renders when the other line changes.
  const others = usePhoneStore((s) =>
    s.calls
      .filter((c) => c.facts.callId !== callId && c.status === 'active')
      .map((c) => `${c.facts.callId}\n${c.facts.remoteNumber}`)
      .join('\t'),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (actions.transfer(callId, target)) setTarget('');
  };
  return (
    <form className="transfer" aria-label={t('transfer')} onSubmit={submit}>
      <label htmlFor={inputId}>{t('transferTo')}</label>
      <input
        id={inputId}
        value={target}
        inputMode="tel"
        autoComplete="off"
        onChange={(e) => setTarget(e.target.value)}
      />
      <button type="submit">{t('transferNow')}</button>
      {others
        .split('\t')
        .filter(Boolean)
        .map((other) => {
          const [otherId = '', number = ''] = other.split('\n');
          return (
            <button
              key={otherId}
              type="button"
              onClick={() => actions.attendedTransfer(callId, otherId)}
            >
              {t('joinWith', { number })}
            </button>
          );
        })}
    </form>
  );
}
