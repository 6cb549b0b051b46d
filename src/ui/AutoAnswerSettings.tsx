// The auto-answer setting: off, every call after a delay, or only the calls the PBX asks to
// (intercom, paging). The part's checker decides what is valid; the message says what to fix.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { addEnglish } from '../i18n';
import { en as autoAnswerTexts } from '../i18n/autoAnswerSettings';
import { AUTO_ANSWER_MODES, type AutoAnswerMode } from '../phone/autoAnswer';
import { useAutoAnswerStore } from '../store/autoAnswerStore';
import { Field } from './Field';
import { useSettingsActions } from './SettingsActions';
import { refusalText } from './saveOutcomeText';
import { useT } from './useT';
import './autoAnswer.css';

addEnglish(autoAnswerTexts);

export function AutoAnswerSettings() {
  const t = useT();
  const settings = useSettingsActions();
  const titleId = useId();
  const name = useId();
  const saved = useAutoAnswerStore((s) => s.settings);
  const [mode, setMode] = useState<AutoAnswerMode>(saved.mode);
  const [seconds, setSeconds] = useState(String(saved.delaySeconds));
  const [message, setMessage] = useState('');
  useEffect(() => {
    setMode(saved.mode);
    setSeconds(String(saved.delaySeconds));
  }, [saved]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The text as typed: the check takes digits only, so "1.5" or "-1" is refused, not rounded.
    const result = await settings.save('autoAnswer', { mode, delaySeconds: seconds });
    if (result.ok) setMessage(t('autoAnswer.saved'));
    else if (result.refused !== 'invalid') setMessage(refusalText(t, result));
    else if (result.error.field === 'autoAnswer.delaySeconds') setMessage(t('autoAnswer.badDelay'));
    else setMessage(t('autoAnswer.badMode'));
  };

  return (
    <form aria-labelledby={titleId} className="auto-answer-settings" onSubmit={submit}>
      <h3 id={titleId}>{t('autoAnswer.title')}</h3>
      <fieldset>
        <legend>{t('autoAnswer.mode')}</legend>
        {AUTO_ANSWER_MODES.map((each) => (
          <label key={each} className="choice">
            <input
              type="radio"
              name={name}
              value={each}
              checked={mode === each}
              onChange={() => setMode(each)}
            />
            {t(`autoAnswer.mode.${each}`)}
          </label>
        ))}
      </fieldset>
      <Field
        label={t('autoAnswer.delay')}
        value={seconds}
        onChange={setSeconds}
        hint={t('autoAnswer.delayHint')}
      />
      <div className="buttons">
        <button type="submit" className="primary">
          {t('autoAnswer.save')}
        </button>
      </div>
      {message !== '' && <p role="status">{message}</p>}
    </form>
  );
}
