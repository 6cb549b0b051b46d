// The dial plan used to read numbers out of free text (selections, the clipboard, S links).
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { DialPlanField } from '../../numbers/dialPlan';
import { saveDialPlan } from '../../settings/hotkeySettings';
import { useDialPlanStore } from '../../store/dialPlanStore';
import { Field } from '../Field';
import { useT } from '../useT';

export function DialPlanSettings() {
  const t = useT();
  const titleId = useId();
  const saved = useDialPlanStore((s) => s.plan);
  const [draft, setDraft] = useState<Record<DialPlanField, string>>(saved);
  const [message, setMessage] = useState('');
  // A plan loaded or imported while the form is open replaces the draft.
  useEffect(() => setDraft(saved), [saved]);
  const set = (field: DialPlanField, value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await saveDialPlan(draft);
    if (result.ok) {
      setDraft(result.plan);
      setMessage(t('dialPlan.saved'));
    } else if ('reason' in result) {
      setMessage(t('save.notSaved', { reason: result.reason }));
    } else {
      setMessage(t(`dialPlan.invalid.${result.error === 'invalid' ? result.field : 'country'}`));
    }
  };

  return (
    <form aria-labelledby={titleId} className="dial-plan" onSubmit={submit}>
      <h2 id={titleId}>{t('dialPlan.title')}</h2>
      <Field
        label={t('dialPlan.country')}
        value={draft.country}
        onChange={(v) => set('country', v)}
        hint={t('dialPlan.countryHint')}
      />
      <Field
        label={t('dialPlan.outsideLinePrefix')}
        value={draft.outsideLinePrefix}
        onChange={(v) => set('outsideLinePrefix', v)}
        hint={t('dialPlan.outsideLinePrefixHint')}
      />
      <Field
        label={t('dialPlan.internationalPrefix')}
        value={draft.internationalPrefix}
        onChange={(v) => set('internationalPrefix', v)}
        hint={t('dialPlan.internationalPrefixHint')}
      />
      <div className="buttons">
        <button type="submit" className="primary">
          {t('dialPlan.save')}
        </button>
      </div>
      {message !== '' && <p role="status">{message}</p>}
    </form>
  );
}
