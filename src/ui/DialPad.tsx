// The dial pad of the home screen: twelve keys with their letters and `+` by holding 0. Each
// press goes to `press`; the dial box keeps the number (and the key that takes one back).
import { useRef } from 'react';
import { useT } from './useT';

const KEYS: readonly (readonly [string, string])[] = [
  ['1', ''],
  ['2', 'ABC'],
  ['3', 'DEF'],
  ['4', 'GHI'],
  ['5', 'JKL'],
  ['6', 'MNO'],
  ['7', 'PQRS'],
  ['8', 'TUV'],
  ['9', 'WXYZ'],
  ['*', ''],
  ['0', '+'],
  ['#', ''],
];

/** How long 0 is held to give `+`, as on a mobile phone. */
export const LONG_PRESS_MS = 500;

interface Props {
  press(key: string): void;
}

export function DialPad({ press }: Props) {
  const t = useT();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Set when a long press gave `+`: the click that follows the release is not a 0 as well.
  const gavePlus = useRef(false);
  const cancel = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
  };
  const startHold = () => {
    cancel();
    gavePlus.current = false;
    timer.current = setTimeout(() => {
      gavePlus.current = true;
      press('+');
    }, LONG_PRESS_MS);
  };
  return (
    <fieldset className="dial-pad">
      <legend className="visually-hidden">{t('dialPad.label')}</legend>
      {KEYS.map(([key, letters]) => (
        <button
          key={key}
          type="button"
          title={key === '0' ? t('dialPad.zeroHint') : undefined}
          onPointerDown={key === '0' ? startHold : undefined}
          onPointerUp={key === '0' ? cancel : undefined}
          onPointerLeave={key === '0' ? cancel : undefined}
          onContextMenu={key === '0' ? (e) => e.preventDefault() : undefined}
          onClick={() => {
            if (key === '0' && gavePlus.current) {
              gavePlus.current = false;
              return;
            }
            press(key);
          }}
        >
          <span className="digit">{key}</span>
          <span className="letters" aria-hidden="true">
            {letters}
          </span>
        </button>
      ))}
    </fieldset>
  );
}
