// A labelled text field with its hint, as Field.tsx draws one, without the provisioning lock.
import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  /** A textarea of this many rows; a one-line input when absent. */
  rows?: number;
}

/**
 * Field.tsx's markup without its lock (this setting is not provisioned): importing Field would
 * split it into a chunk of its own, and the first load would list one more file.
 */
export function TextField({ label, value, onChange, hint, rows }: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    value,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    autoComplete: 'off',
    spellCheck: false,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {rows ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
    </div>
  );
}
