import { useId } from 'react';

interface FieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'password' | 'url';
  hint?: string;
  multiline?: boolean;
  autoComplete?: string;
}

export function Field({
  label,
  value,
  onChange,
  type = 'text',
  hint,
  multiline,
  autoComplete,
}: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const common = {
    id,
    value,
    'aria-describedby': hint ? hintId : undefined,
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
          type={type === 'url' ? 'text' : type}
          inputMode={type === 'url' ? 'url' : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
    </div>
  );
}
