import { type FormEvent, useId, useState } from 'react';
import { usePhoneActions } from './PhoneActions';
import { useT } from './useT';

export function DialBox() {
  const t = useT();
  const actions = usePhoneActions();
  const [number, setNumber] = useState('');
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (actions.dial(number)) setNumber('');
  };

  return (
    <form className="dial" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t('numberToCall')}
      </label>
      <input
        id={id}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        placeholder={t('numberToCall')}
        value={number}
        onChange={(e) => setNumber(e.target.value)}
      />
      <button type="submit" className="primary call">
        {t('call')}
      </button>
    </form>
  );
}
