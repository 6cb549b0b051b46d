import { type FormEvent, useState } from 'react';
import { usePhoneActions } from './PhoneActions';
import { useT } from './useT';

/** The number field's id: the focus-dial-box shortcut finds it by this. */
export const DIAL_BOX_ID = 'dial-number';

export function DialBox() {
  const t = useT();
  const actions = usePhoneActions();
  const [number, setNumber] = useState('');
  const id = DIAL_BOX_ID;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await actions.run('dial', { number })).ok) setNumber('');
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
