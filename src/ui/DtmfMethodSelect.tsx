// The account's DTMF method: a labelled list with a hint on which method a PBX needs.
import { useId } from 'react';
import { DTMF_METHODS, type DtmfMethod } from '../phone/dtmfMethod';
import { useT } from './useT';

interface DtmfMethodSelectProps {
  value: DtmfMethod;
  onChange(method: DtmfMethod): void;
}

export function DtmfMethodSelect({ value, onChange }: DtmfMethodSelectProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('dtmf.method')}</label>
      <select
        id={id}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const method = DTMF_METHODS.find((m) => m === e.target.value);
          if (method) onChange(method);
        }}
      >
        {DTMF_METHODS.map((method) => (
          <option key={method} value={method}>
            {t(`dtmf.${method}`)}
          </option>
        ))}
      </select>
      <small id={`${id}-hint`} className="hint">
        {t('dtmf.hint')}
      </small>
    </div>
  );
}
