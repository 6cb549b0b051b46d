// Integra's settings with the original's labels. Edits stay a draft until saved; a refused draft
// says which field is wrong and changes nothing, and so does a failed write, saying why.
import { type FormEvent, useState } from 'react';
import { type IntegraRule, type IntegraSettings, newRule } from '../../integra/rule';
import { useIntegraStore } from '../../store/integraStore';
import { isLocked, useProvisioningStore } from '../../store/provisioningStore';
import { Checkbox } from '../Checkbox';
import { Field } from '../Field';
import { useSettingsActions } from '../SettingsActions';
import { refusalText } from '../saveOutcomeText';
import { isolated } from '../shownText';
import { useT } from '../useT';
import { RuleEditor } from './RuleEditor';

let ruleCount = 0;

export function IntegraSettingsForm() {
  const t = useT();
  const settings = useSettingsActions();
  const saved = useIntegraStore((s) => s.settings);
  const [draft, setDraft] = useState<IntegraSettings>(saved);
  const [message, setMessage] = useState('');
  // Locked by the administrator's config.json: shown, not saved (the settings refuse it too).
  const locked = useProvisioningStore((s) => isLocked(s.provisioning, 'integra'));
  const set = <K extends keyof IntegraSettings>(key: K, value: IntegraSettings[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setRule = (index: number, rule: IntegraRule) =>
    set(
      'rules',
      draft.rules.map((r, i) => (i === index ? rule : r)),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await settings.save('integra', draft);
    if (result.ok) setMessage(t('integra.saved'));
    else if (result.refused !== 'invalid') setMessage(refusalText(t, result));
    else {
      const { field, problem, detail } = result.error;
      const words = t(`problem.${problem}`, { name: isolated(detail ?? '') });
      // The form's own fields, without the part's name in front.
      setMessage(t('integra.invalid', { field: field.replace(/^integra\.?/, ''), problem: words }));
    }
  };

  return (
    <form aria-label={t('integra.title')} className="integra" onSubmit={submit}>
      <h3>{t('integra.title')}</h3>
      {locked && <p className="hint locked">{t('provisioning.locked')}</p>}
      <Checkbox
        label={t('integra.enable')}
        checked={draft.enabled}
        onChange={(checked) => set('enabled', checked)}
      />
      <p className="hint">{t('integra.popups', { origin: window.location.origin })}</p>
      <Field
        label={t('integra.internalPattern')}
        value={draft.internalPattern}
        onChange={(v) => set('internalPattern', v)}
        hint={t('integra.internalPatternHint')}
      />
      <Field
        label={t('integra.queueHeader')}
        value={draft.queueHeader}
        onChange={(v) => set('queueHeader', v)}
        hint={t('integra.queueHint')}
      />
      <Field
        label={t('integra.queueValue')}
        value={draft.queueValue}
        onChange={(v) => set('queueValue', v)}
      />
      <h4>{t('integra.rules')}</h4>
      {draft.rules.map((rule, index) => (
        <RuleEditor
          key={rule.id}
          rule={rule}
          n={index + 1}
          onChange={(r) => setRule(index, r)}
          onRemove={() =>
            set(
              'rules',
              draft.rules.filter((_, i) => i !== index),
            )
          }
        />
      ))}
      <div className="buttons">
        <button
          type="button"
          onClick={() =>
            set('rules', [...draft.rules, newRule(`rule-${Date.now()}-${++ruleCount}`)])
          }
        >
          {t('integra.addRule')}
        </button>
        <button type="submit" className="primary" disabled={locked}>
          {t('integra.save')}
        </button>
      </div>
      {message !== '' && <p role="status">{message}</p>}
    </form>
  );
}
