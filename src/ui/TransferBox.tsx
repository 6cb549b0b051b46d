// Transfer of a live call: blind to a typed number, or joined with the user's other call.
import { type FormEvent, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CallSnapshot } from '../phone/callLine';
import { usePhoneStore } from '../store/phoneStore';
import { usePhoneActions } from './PhoneActions';
import { shownText } from './shownText';
import { useT } from './useT';

export function TransferBox({ call }: { call: CallSnapshot }) {
  const t = useT();
  const actions = usePhoneActions();
  const inputId = useId();
  const [target, setTarget] = useState('');
  const callId = call.facts.callId;
  // Only the other calls' Call-IDs and numbers, side by side, compared item by item: this
  // re-renders when another line changes, and a number may hold any character.
  const others = usePhoneStore(
    useShallow((s) =>
      s.calls
        .filter((c) => c.facts.callId !== callId && c.status === 'active')
        .flatMap((c) => [c.facts.callId, c.facts.remoteNumber]),
    ),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await actions.run('transfer', { callId, target })).ok) setTarget('');
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
        .filter((_, i) => i % 2 === 0)
        .map((otherId, i) => (
          <button
            key={otherId}
            type="button"
            onClick={() => void actions.run('join', { callId, otherCallId: otherId })}
          >
            {t('joinWith', { number: shownText(others[i * 2 + 1] ?? '') })}
          </button>
        ))}
    </form>
  );
}
