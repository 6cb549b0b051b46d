import { useId } from 'react';
import { useT } from './useT';

interface FieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** 'number' is a text field with a numeric keyboard: our check says what is wrong. */
  type?: 'text' | 'password' | 'url' | 'number';
  hint?: string;
  multiline?: boolean;
  autoComplete?: string;
  /** Set by the administrator's config.json: shown read-only, saying so. */
  locked?: boolean;
}

export function Field({
  label,
  value,
  onChange,
  type = 'text',
  hint,
  multiline,
  autoComplete,
  locked = false,
}: FieldProps) {
  const t = useT();
  const id = useId();
  const hintId = `${id}-hint`;
  const lockedId = `${id}-locked`;
  const describedBy = [hint ? hintId : '', locked ? lockedId : ''].filter((s) => s !== '');
  const common = {
    id,
    value,
    readOnly: locked,
    'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
    autoComplete: autoComplete ?? 'off',
    spellCheck: false,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        // A URL field stays type=text: the browser's own URL check would block the form
        // before our check could say what is wrong.
        <input
          {...common}
          type={type === 'url' || type === 'number' ? 'text' : type}
          inputMode={type === 'url' ? 'url' : type === 'number' ? 'numeric' : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {locked && (
        <small id={lockedId} className="hint locked">
          {t('provisioning.locked')}
        </small>
      )}
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
    </div>
  );
}
