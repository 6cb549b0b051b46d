// The header's do-not-disturb toggle. It runs the verb, as its shortcut does, so the state lives
// in one place (src/app/doNotDisturb.ts); the name stays the same and aria-pressed says on or off.
import { BellOff } from 'lucide-react';
import { usePhoneStore } from '../store/phoneStore';
import { usePhoneActions } from './PhoneActions';
import { useT } from './useT';

export function DoNotDisturbButton() {
  const t = useT();
  const { run } = usePhoneActions();
  const on = usePhoneStore((s) => s.doNotDisturb);
  return (
    <button
      type="button"
      className="icon toggle dnd"
      aria-pressed={on}
      title={t('doNotDisturb')}
      onClick={() => void run('doNotDisturb', {})}
    >
      <BellOff aria-hidden="true" />
      <span className="visually-hidden">{t('doNotDisturb')}</span>
    </button>
  );
}

/** The words beside the registration while it is on: seen at a glance, not only in the button. */
export function DoNotDisturbState() {
  const t = useT();
  const on = usePhoneStore((s) => s.doNotDisturb);
  // aria-hidden: the pressed button already says it to a screen reader.
  return on ? (
    <span className="dnd-state" aria-hidden="true">
      {t('doNotDisturb')}
    </span>
  ) : null;
}
