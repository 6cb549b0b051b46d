// The number to call, its Call button and the dial pad. The pad shows while no call is live and
// folds away during calls (each call has its own keypad for tones); a button brings it back.
// The focus-dial-box shortcut and the manifest's dial view find the field as `.dial input`.
import { Delete, Grid3x3, Phone } from 'lucide-react';
import { type ClipboardEvent, type FormEvent, useId, useState } from 'react';
import { pastedDialText } from '../phone/dialString';
import { usePhoneStore } from '../store/phoneStore';
import { DialPad } from './DialPad';
import { usePhoneActions } from './PhoneActions';
import { useT } from './useT';

export function DialBox() {
  const t = useT();
  const actions = usePhoneActions();
  const [number, setNumber] = useState('');
  const [padChoice, setPadChoice] = useState<boolean | undefined>(undefined);
  const idle = usePhoneStore((s) => s.calls.every((c) => c.status === 'ended'));
  const padShown = padChoice ?? idle;
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await actions.run('dial', { number })).ok) setNumber('');
  };
  const paste = (event: ClipboardEvent<HTMLInputElement>) => {
    const kept = pastedDialText(event.clipboardData.getData('text'));
    if (kept === undefined) return;
    event.preventDefault();
    const field = event.currentTarget;
    const start = field.selectionStart ?? number.length;
    const end = field.selectionEnd ?? number.length;
    setNumber(number.slice(0, start) + kept + number.slice(end));
  };

  return (
    <form className="dial" onSubmit={submit}>
      <div className="dial-row">
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
          onPaste={paste}
        />
        {number !== '' && (
          <button
            type="button"
            className="icon erase"
            onClick={() => setNumber((n) => n.slice(0, -1))}
          >
            <Delete aria-hidden="true" />
            <span className="visually-hidden">{t('dialPad.delete')}</span>
          </button>
        )}
        <button type="submit" className="primary call">
          <Phone aria-hidden="true" />
          {t('call')}
        </button>
        {!idle && (
          <button
            type="button"
            className="icon"
            aria-expanded={padShown}
            onClick={() => setPadChoice(!padShown)}
          >
            <Grid3x3 aria-hidden="true" />
            <span className="visually-hidden">{t('dialPad.show')}</span>
          </button>
        )}
      </div>
      {padShown && <DialPad press={(key) => setNumber((n) => n + key)} />}
    </form>
  );
}
