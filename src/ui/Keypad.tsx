// The DTMF keypad of a live call: twelve labelled keys; each press sends one tone.
import { usePhoneActions } from './PhoneActions';
import { useT } from './useT';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

export function Keypad({ callId, number }: { callId: string; number: string }) {
  const t = useT();
  const actions = usePhoneActions();
  return (
    <fieldset className="keypad">
      <legend>{t('keypadFor', { number })}</legend>
      {KEYS.map((key) => (
        <button
          key={key}
          type="button"
          onClick={() => void actions.run('sendDtmf', { callId, digits: key })}
        >
          {key}
        </button>
      ))}
    </fieldset>
  );
}
