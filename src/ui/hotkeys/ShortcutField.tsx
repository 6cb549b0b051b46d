// One shortcut's keys: press them while the field has focus (any press with Ctrl, Alt or ⌘, or
// an F-key, is recorded), or type them as text. Plain keys still type and Tab still moves on.
import { type KeyboardEvent, useId } from 'react';
import { comboFromEvent, type KeyCombo } from '../../hotkeys/keyCombo';

interface ShortcutFieldProps {
  label: string;
  value: string;
  error: string;
  onChange(text: string): void;
  onRecord(combo: KeyCombo): void;
}

export function ShortcutField({ label, value, error, onChange, onRecord }: ShortcutFieldProps) {
  const id = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const { ctrlKey, altKey, metaKey, key } = event;
    if (!ctrlKey && !altKey && !metaKey && !/^F[0-9]{1,2}$/.test(key)) return;
    const combo = comboFromEvent(event);
    if (combo === undefined) return;
    // Taken here: neither the browser nor the app's own shortcuts act on it.
    event.preventDefault();
    event.stopPropagation();
    onRecord(combo);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="keys"
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error !== ''}
        aria-describedby={error !== '' ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {error !== '' && (
        <small id={`${id}-error`} className="error">
          {error}
        </small>
      )}
    </div>
  );
}
