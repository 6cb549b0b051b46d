// The recording setting, in the audio section: record every call once answered. Saved at once,
// like a switch; the privacy note sits beside it, as the choice is the user's to make lawfully.
import { useId, useState } from 'react';
import { useRecordingStore } from '../store/recordingStore';
import { Checkbox } from './Checkbox';
import { useSettingsActions } from './SettingsActions';
import { refusalText } from './saveOutcomeText';
import { useT } from './useT';

export function RecordingSetting() {
  const t = useT();
  const settings = useSettingsActions();
  const titleId = useId();
  const noteId = useId();
  const automatic = useRecordingStore((s) => s.settings.automatic);
  const [message, setMessage] = useState('');
  // The box follows the click at once; the stored value takes over once the save answers.
  const [asked, setAsked] = useState<boolean>();
  const change = async (on: boolean) => {
    setAsked(on);
    const result = await settings.save('recording', { automatic: on });
    setAsked(undefined);
    if (result.ok) setMessage(t('recording.settingSaved'));
    else if (result.refused === 'invalid') setMessage(t('recording.settingNotSaved'));
    else setMessage(refusalText(t, result));
  };
  return (
    <section aria-labelledby={titleId} className="recording-setting">
      <h3 id={titleId}>{t('recording.title')}</h3>
      <Checkbox
        label={t('recording.automatic')}
        checked={asked ?? automatic}
        describedBy={noteId}
        onChange={(on) => void change(on)}
      />
      <p id={noteId} className="hint">
        {t('recording.privacy')}
      </p>
      {message !== '' && <p role="status">{message}</p>}
    </section>
  );
}
