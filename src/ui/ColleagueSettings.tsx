// The colleagues setting: watched extensions (one per line), the PBX's pickup code and the
// voicemail number. The part's checker says what is wrong; the message names the field.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { usePresenceStore } from '../store/presenceStore';
import { useSettingsActions } from './SettingsActions';
import { problemText, refusalText } from './saveOutcomeText';
import { TextField } from './TextField';
import { useT } from './useT';

interface Draft {
  watched: string;
  pickupPrefix: string;
  voicemailNumber: string;
}

export function ColleagueSettings() {
  const t = useT();
  const settings = useSettingsActions();
  const titleId = useId();
  const saved = usePresenceStore((s) => s.settings);
  const fromSaved = (): Draft => ({ ...saved, watched: saved.watched.join('\n') });
  const [draft, setDraft] = useState<Draft>(fromSaved);
  const [message, setMessage] = useState('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: a loaded or imported setting replaces the draft.
  useEffect(() => setDraft(fromSaved()), [saved]);
  const set = (field: keyof Draft, value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const watched = draft.watched
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const result = await settings.save('colleagues', { ...draft, watched });
    if (result.ok) setMessage(t('colleagues.saved'));
    else if (result.refused !== 'invalid') setMessage(refusalText(t, result));
    else {
      const field = result.error.field.replace(/^colleagues\./, '');
      setMessage(t('colleagues.invalid', { field, problem: problemText(t, result.error) }));
    }
  };

  return (
    <form aria-labelledby={titleId} className="colleague-settings" onSubmit={submit}>
      <h3 id={titleId}>{t('colleagues.title')}</h3>
      <TextField
        label={t('colleagues.watched')}
        value={draft.watched}
        onChange={(v) => set('watched', v)}
        hint={t('colleagues.watchedHint')}
        rows={4}
      />
      <TextField
        label={t('colleagues.pickupPrefix')}
        value={draft.pickupPrefix}
        onChange={(v) => set('pickupPrefix', v)}
        hint={t('colleagues.pickupPrefixHint')}
      />
      <TextField
        label={t('colleagues.voicemailNumber')}
        value={draft.voicemailNumber}
        onChange={(v) => set('voicemailNumber', v)}
      />
      <div className="buttons">
        <button type="submit" className="primary">
          {t('colleagues.save')}
        </button>
      </div>
      {message !== '' && <p role="status">{message}</p>}
    </form>
  );
}
