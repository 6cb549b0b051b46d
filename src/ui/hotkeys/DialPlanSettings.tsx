// The dial plan used to read numbers out of free text (selections, the clipboard, S links).
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { DialPlanField } from '../../numbers/dialPlan';
import { useDialPlanStore } from '../../store/dialPlanStore';
import { isLocked, useProvisioningStore } from '../../store/provisioningStore';
import { Field } from '../Field';
import { useSettingsActions } from '../SettingsActions';
import { refusalText } from '../saveOutcomeText';
import { useT } from '../useT';

const FIELDS: readonly DialPlanField[] = ['country', 'outsideLinePrefix', 'internationalPrefix'];

export function DialPlanSettings() {
  const t = useT();
  const settings = useSettingsActions();
  const titleId = useId();
  const saved = useDialPlanStore((s) => s.plan);
  const [draft, setDraft] = useState<Record<DialPlanField, string>>(saved);
  const [message, setMessage] = useState('');
  // Locked by the administrator's config.json: shown, not changed (the settings refuse a save).
  const locked = useProvisioningStore((s) => isLocked(s.provisioning, 'dialPlan'));
  // A plan loaded or imported while the form is open replaces the draft.
  useEffect(() => setDraft(saved), [saved]);
  const set = (field: DialPlanField, value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await settings.save('dialPlan', draft);
    if (result.ok) {
      setDraft(result.value);
      setMessage(t('dialPlan.saved'));
    } else if (result.refused !== 'invalid') {
      setMessage(refusalText(t, result));
    } else {
      const field = FIELDS.find((f) => result.error.field === `dialPlan.${f}`) ?? 'country';
      setMessage(t(`dialPlan.invalid.${field}`));
    }
  };

  return (
    <form aria-labelledby={titleId} className="dial-plan" onSubmit={submit}>
      <h3 id={titleId}>{t('dialPlan.title')}</h3>
      <Field
        label={t('dialPlan.country')}
        value={draft.country}
        onChange={(v) => set('country', v)}
        hint={t('dialPlan.countryHint')}
        locked={locked}
      />
      <Field
        label={t('dialPlan.outsideLinePrefix')}
        value={draft.outsideLinePrefix}
        onChange={(v) => set('outsideLinePrefix', v)}
        hint={t('dialPlan.outsideLinePrefixHint')}
        locked={locked}
      />
      <Field
        label={t('dialPlan.internationalPrefix')}
        value={draft.internationalPrefix}
        onChange={(v) => set('internationalPrefix', v)}
        hint={t('dialPlan.internationalPrefixHint')}
        locked={locked}
      />
      <div className="buttons">
        <button type="submit" className="primary" disabled={locked}>
          {t('dialPlan.save')}
        </button>
      </div>
      {message !== '' && <p role="status">{message}</p>}
    </form>
  );
}
