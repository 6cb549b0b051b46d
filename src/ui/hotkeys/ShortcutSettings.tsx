// Rebinding the shortcuts. Every field is checked against the browser's reserved keys and the
// other shortcuts; a refused combination keeps the old one and says why. Save stores the lot.
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { VERBS } from '../../actions/verbs';
import { comboToString, type KeyCombo } from '../../hotkeys/keyCombo';
import {
  type BindingError,
  type Bindings,
  checkBinding,
  defaultBindings,
  SHORTCUTS,
  type ShortcutId,
} from '../../hotkeys/shortcuts';
import type { MessageKey } from '../../i18n';
import type { SaveOutcome } from '../../settings/settingsService';
import { useShortcutStore } from '../../store/shortcutStore';
import { useSettingsActions } from '../SettingsActions';
import { refusalText } from '../saveOutcomeText';
import { useT } from '../useT';
import { BookmarkletLink } from './BookmarkletLink';
import { bindingMessage } from './bindingMessage';
import { type KeysPlatform, keysPlatform, keysText } from './keysText';
import { ShortcutField } from './ShortcutField';

type Errors = Partial<Record<ShortcutId, string>>;

/** Stored keys as the fields show them. */
function shown(bindings: Bindings, platform: KeysPlatform): Bindings {
  return Object.fromEntries(
    SHORTCUTS.map(({ id }) => [id, keysText(bindings[id], platform)]),
  ) as Bindings;
}

export function ShortcutSettings() {
  const t = useT();
  const settings = useSettingsActions();
  const titleId = useId();
  const platform = useMemo(() => keysPlatform(), []);
  const saved = useShortcutStore((s) => s.bindings);
  const [draft, setDraft] = useState<Bindings>(() => shown(saved, platform));
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  // Bindings loaded or imported while the form is open replace the draft.
  useEffect(() => {
    setDraft(shown(saved, platform));
    setErrors({});
  }, [saved, platform]);

  const setField = (id: ShortcutId, text: string, error = '') => {
    setDraft((d) => ({ ...d, [id]: text }));
    setErrors((e) => ({ ...e, [id]: error }));
    setStatus('');
  };

  const record = (id: ShortcutId, combo: KeyCombo) => {
    const keys = keysText(comboToString(combo), platform);
    const check = checkBinding(id, comboToString(combo), draft);
    if (check.ok) setField(id, keys);
    else setErrors((e) => ({ ...e, [id]: bindingMessage(t, check.error, keys, check.with) }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    const bindings = { ...draft };
    for (const { id } of SHORTCUTS) {
      const check = checkBinding(id, draft[id], draft);
      if (check.ok) bindings[id] = comboToString(check.combo);
      else found[id] = bindingMessage(t, check.error, draft[id], check.with);
    }
    setErrors(found);
    if (Object.values(found).some((e) => e !== '')) {
      setStatus(t('shortcuts.notSaved'));
      return;
    }
    setStatus(said(await settings.save('shortcuts', bindings), 'shortcuts.saved'));
  };

  const reset = async () => {
    const result = await settings.save('shortcuts', defaultBindings());
    if (result.ok) setErrors({});
    setStatus(said(result, 'shortcuts.wasReset'));
  };

  // A failed write keeps the draft and says why; a refused one marks its field and points at it.
  const said = (result: SaveOutcome<Bindings>, done: MessageKey) => {
    if (result.ok) return t(done);
    if (result.refused !== 'invalid') return refusalText(t, result);
    const { field, problem } = result.error;
    const id = SHORTCUTS.find((s) => field === `shortcuts.${s.id}`)?.id;
    if (id && problem.startsWith('keys-')) {
      const error = problem.slice('keys-'.length) as BindingError;
      const other = SHORTCUTS.find((s) => result.error.with === `shortcuts.${s.id}`)?.id;
      setErrors((e) => ({ ...e, [id]: bindingMessage(t, error, draft[id], other) }));
    }
    return t('shortcuts.notSaved');
  };

  return (
    <form aria-labelledby={titleId} className="shortcuts" onSubmit={submit}>
      <h3 id={titleId}>{t('shortcuts.title')}</h3>
      <p className="hint">{t('shortcuts.hint')}</p>
      {SHORTCUTS.map(({ id }) => (
        <ShortcutField
          key={id}
          label={t(VERBS[id].label)}
          value={draft[id]}
          error={errors[id] ?? ''}
          onChange={(text) => setField(id, text)}
          onRecord={(combo) => record(id, combo)}
        />
      ))}
      <div className="buttons">
        <button type="submit" className="primary">
          {t('shortcuts.save')}
        </button>
        <button type="button" onClick={reset}>
          {t('shortcuts.reset')}
        </button>
      </div>
      {status !== '' && <p role="status">{status}</p>}
      <BookmarkletLink />
    </form>
  );
}
