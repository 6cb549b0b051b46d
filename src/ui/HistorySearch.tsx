// The history's search box: filters by number (any digits of it) or name as the user types.
import { useId } from 'react';
import { useT } from './useT';

interface Props {
  value: string;
  onChange(value: string): void;
}

export function HistorySearch({ value, onChange }: Props) {
  const t = useT();
  const id = useId();
  return (
    <div className="history-search">
      <label htmlFor={id}>{t('history.search')}</label>
      <input
        id={id}
        type="search"
        value={value}
        maxLength={64}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
