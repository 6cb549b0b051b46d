// Caller names: the optional lookup URL a directory or CRM answers with a name, and how long a
// call may wait for it. The phonebook comes first; the ring never waits for either.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useCallerNameStore } from '../store/callerNameStore';
import { Field } from './Field';
import { useSettingsActions } from './SettingsActions';
import { problemText, refusalText } from './saveOutcomeText';
import { useT } from './useT';

export function CallerNameSettings() {
  const t = useT();
  const settings = useSettingsActions();
  const titleId = useId();
  const saved = useCallerNameStore((s) => s.settings);
  const [url, setUrl] = useState(saved.lookupUrl);
  const [seconds, setSeconds] = useState(String(saved.lookupTimeoutMs / 1000));
  const [message, setMessage] = useState('');
  useEffect(() => {
    setUrl(saved.lookupUrl);
    setSeconds(String(saved.lookupTimeoutMs / 1000));
  }, [saved]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const timeout = Number(seconds.trim().replace(',', '.'));
    const result = await settings.save('callerNames', {
      lookupUrl: url,
      // Not a number stays not a number: the check refuses it, naming the field.
      lookupTimeoutMs:
        seconds.trim() === '' || Number.isNaN(timeout) ? seconds : Math.round(timeout * 1000),
    });
    if (result.ok) setMessage(t('callerNames.saved'));
    else if (result.refused !== 'invalid') setMessage(refusalText(t, result));
    else {
      const field = result.error.field === 'callerNames.lookupTimeoutMs' ? 'timeout' : 'url';
      setMessage(t(`callerNames.invalid.${field}`, { problem: problemText(t, result.error) }));
    }
  };

  return (
    <form aria-labelledby={titleId} className="caller-names" onSubmit={submit}>
      <h3 id={titleId}>{t('callerNames.title')}</h3>
      <p className="hint">{t('callerNames.order')}</p>
      <Field
        label={t('callerNames.lookupUrl')}
        type="url"
        value={url}
        onChange={setUrl}
        hint={t('callerNames.lookupUrlHint')}
      />
      <Field
        label={t('callerNames.timeout')}
        value={seconds}
        onChange={setSeconds}
        hint={t('callerNames.timeoutHint')}
      />
      <div className="buttons">
        <button type="submit" className="primary">
          {t('callerNames.save')}
        </button>
      </div>
      {message !== '' && <p role="status">{message}</p>}
    </form>
  );
}
