// "Export and import": the settings as a JSON file. A bad file is refused whole, with the field
// that is wrong; a good one replaces every part it holds.
import { type ChangeEvent, useId, useState } from 'react';
import { downloadText, readText } from '../browser/textFile';
import type { Translate } from '../i18n';
import type { ImportError } from '../settings/partTypes';
import { FILE_NAME, MAX_FILE_SIZE } from '../settings/settingsFile';
import type { ImportOutcome } from '../settings/settingsService';
import { Checkbox } from './Checkbox';
import { useSettingsActions } from './SettingsActions';
import { problemText, refusalText } from './saveOutcomeText';
import { useT } from './useT';

type Result = { ok: boolean; text: string };

function describe(outcome: ImportOutcome, t: Translate): string {
  if (outcome.ok) return t('settingsFile.imported');
  return outcome.refused === 'invalid'
    ? errorText(outcome.error, t)
    : refusalText(t, outcome, 'import');
}

function errorText(error: ImportError, t: Translate): string {
  const { field } = error;
  const words = problemText(t, error);
  return field === ''
    ? t('settingsFile.badFile', { problem: words })
    : t('settingsFile.badField', { field, problem: words });
}

export function SettingsTransfer({ onImported }: { onImported?: () => void }) {
  const t = useT();
  const settings = useSettingsActions();
  const [includePassword, setIncludePassword] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const id = useId();

  const exportFile = () => {
    downloadText(FILE_NAME, settings.exportFile({ includePassword }));
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, once fixed, is a change too.
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_SIZE) {
      setResult({ ok: false, text: errorText(tooBig, t) });
      return;
    }
    let text: string;
    try {
      text = await readText(file);
    } catch {
      setResult({ ok: false, text: t('settingsFile.unreadable') });
      return;
    }
    const outcome = await settings.importFile(text);
    setResult({ ok: outcome.ok, text: describe(outcome, t) });
    if (outcome.ok) onImported?.();
  };

  return (
    <section aria-labelledby={`${id}-title`} className="settings-transfer">
      <h3 id={`${id}-title`}>{t('settingsFile.title')}</h3>
      <p className="hint">{t('settingsFile.intro')}</p>
      <Checkbox
        label={t('settingsFile.includePassword')}
        checked={includePassword}
        describedBy={`${id}-secret`}
        onChange={setIncludePassword}
      />
      <p id={`${id}-secret`} className={includePassword ? 'warning' : 'hint'}>
        {t(includePassword ? 'settingsFile.secret' : 'settingsFile.noSecret')}
      </p>
      <div className="buttons">
        <button type="button" onClick={exportFile}>
          {t('settingsFile.export')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('settingsFile.import')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void importFile(e)}
        />
      </div>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? undefined : 'error'}>
          {result.text}
        </p>
      )}
    </section>
  );
}

const tooBig: ImportError = { ok: false, field: '', problem: 'too-big' };
