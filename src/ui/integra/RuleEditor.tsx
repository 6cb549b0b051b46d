// One Integra rule: its name, kind, command template, filter and events, with a Test button.
import { useId } from 'react';
import { EVENT_ORDER, type IntegraRule, RULE_KINDS, type RuleKind } from '../../integra/rule';
import { Checkbox } from '../Checkbox';
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
  const shell = rule.kind === 'shell';
  const set = <K extends keyof IntegraRule>(key: K, value: IntegraRule[K]) =>
    onChange({ ...rule, [key]: value });
  return (
    <fieldset className="rule">
      <legend>{t('integra.rule', { n: number })}</legend>
      <Checkbox
        label={t('integra.ruleEnabled')}
        checked={rule.enabled}
        onChange={(checked) => set('enabled', checked)}
      />
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
      {/* A shell rule names a rule of the bridge host's file; the others hold a template. */}
      <Field
        label={t(shell ? 'integra.bridgeRule' : 'integra.command')}
        value={rule.command}
        onChange={(v) => set('command', v)}
        hint={t(shell ? 'integra.bridgeRuleHint' : 'integra.commandHint')}
        multiline={!shell}
      />
      <Checkbox
        label={t('integra.onlyExternal')}
        checked={rule.onlyExternal}
        onChange={(checked) => set('onlyExternal', checked)}
      />
      <fieldset className="events">
        <legend>{t('integra.events')}</legend>
        {EVENT_ORDER.map((event) => (
          <Checkbox
            key={event}
            label={t(`integra.event.${event}`)}
            checked={rule.events.includes(event)}
            onChange={(checked) =>
              set(
                'events',
                checked
                  ? EVENT_ORDER.filter((x) => x === event || rule.events.includes(x))
                  : rule.events.filter((x) => x !== event),
              )
            }
          />
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
