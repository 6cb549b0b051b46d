// One Integra rule: its name, kind, command template, filter and events, with a Test button.
import { useId } from 'react';
import { EVENT_ORDER, type IntegraRule, RULE_KINDS, type RuleKind } from '../../integra/rule';
import { Field } from '../Field';
import { useT } from '../useT';
import { useIntegraActions } from './IntegraActions';

interface RuleEditorProps {
  rule: IntegraRule;
  n: number;
  onChange(rule: IntegraRule): void;
  onRemove(): void;
}

export function RuleEditor({ rule, n, onChange, onRemove }: RuleEditorProps) {
  const t = useT();
  const actions = useIntegraActions();
  const number = String(n);
  const kindId = useId();
  const set = <K extends keyof IntegraRule>(key: K, value: IntegraRule[K]) =>
    onChange({ ...rule, [key]: value });
  return (
    <fieldset className="rule">
      <legend>{t('integra.rule', { n: number })}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={rule.enabled}
          onChange={(e) => set('enabled', e.target.checked)}
        />
        {t('integra.ruleEnabled')}
      </label>
      <Field label={t('integra.ruleName')} value={rule.name} onChange={(v) => set('name', v)} />
      <div className="field">
        <label htmlFor={kindId}>{t('integra.kind')}</label>
        <select
          id={kindId}
          value={rule.kind}
          onChange={(e) => set('kind', e.target.value as RuleKind)}
        >
          {RULE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`integra.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <Field
        label={t('integra.command')}
        value={rule.command}
        onChange={(v) => set('command', v)}
        hint={t('integra.commandHint')}
        multiline
      />
      <label className="check">
        <input
          type="checkbox"
          checked={rule.onlyExternal}
          onChange={(e) => set('onlyExternal', e.target.checked)}
        />
        {t('integra.onlyExternal')}
      </label>
      <fieldset className="events">
        <legend>{t('integra.events')}</legend>
        {EVENT_ORDER.map((event) => (
          <label key={event} className="check">
            <input
              type="checkbox"
              checked={rule.events.includes(event)}
              onChange={(e) =>
                set(
                  'events',
                  e.target.checked
                    ? EVENT_ORDER.filter((x) => x === event || rule.events.includes(x))
                    : rule.events.filter((x) => x !== event),
                )
              }
            />
            {t(`integra.event.${event}`)}
          </label>
        ))}
      </fieldset>
      <div className="buttons">
        <button type="button" onClick={() => actions.testRule(rule)}>
          {t('integra.testRule', { n: number })}
        </button>
        <button type="button" onClick={onRemove}>
          {t('integra.removeRule', { n: number })}
        </button>
      </div>
    </fieldset>
  );
}
