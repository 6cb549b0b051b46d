// The ringtone: which one (three built in, or a file of the user's), and how loud. Each change is
// saved at once; a file is checked (size, real format, decoding) before anything changes, and a
// refused one says why. A test button rings once as chosen.
import { BellRing } from 'lucide-react';
import { type ChangeEvent, useId, useState } from 'react';
import { RINGTONE_NAMES, type RingtoneSettings as Ringtone } from '../../phone/media/ringtones';
import { useSoundStore } from '../../store/soundStore';
import { useT } from '../useT';
import { type SoundActions, useSoundActions } from './SoundActions';
import './sound.css';

export function RingtoneSettings() {
  const sound = useSoundActions();
  return sound ? <RingtoneForm sound={sound} /> : null;
}

function RingtoneForm({ sound }: { sound: SoundActions }) {
  const t = useT();
  const id = useId();
  const ringtone = useSoundStore((s) => s.ringtone);
  const ownFile = useSoundStore((s) => s.ownFile);
  // The slider moves freely; its value is saved when let go (change), not at every step.
  const [volume, setVolume] = useState<number | undefined>();
  const [message, setMessage] = useState<{ alert: boolean; text: string } | undefined>();

  const save = async (next: Ringtone) => {
    const saved = await sound.saveRingtone(next);
    setMessage(
      saved.ok
        ? { alert: false, text: t('ringtone.saved') }
        : { alert: true, text: t('ringtone.saveFailed') },
    );
  };
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setMessage(undefined);
    const outcome = await sound.setOwnRingtone(file);
    setMessage(
      outcome.ok
        ? { alert: false, text: t('ringtone.fileSaved', { name: file.name }) }
        : { alert: true, text: t(`ringtone.bad.${outcome.problem}`) },
    );
  };
  const shownVolume = volume ?? ringtone.volume;
  const commitVolume = () => {
    if (volume === undefined || volume === ringtone.volume) return;
    setVolume(undefined);
    void save({ ...ringtone, volume });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="ringtone-settings devices">
      <h3 id={`${id}-title`}>{t('ringtone.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-choice`}>{t('ringtone.choice')}</label>
        <select
          id={`${id}-choice`}
          value={ringtone.ringtone}
          onChange={(e) =>
            void save({ ...ringtone, ringtone: e.target.value as Ringtone['ringtone'] })
          }
        >
          {RINGTONE_NAMES.map((name) => (
            <option key={name} value={name}>
              {name === 'own' && !ownFile ? t('ringtone.ownMissing') : t(`ringtone.${name}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-volume`}>{t('ringtone.volume')}</label>
        <div className="row">
          <input
            id={`${id}-volume`}
            type="range"
            min={0}
            max={100}
            step={5}
            value={shownVolume}
            aria-valuetext={`${shownVolume} %`}
            onChange={(e) => setVolume(Number(e.target.value))}
            onPointerUp={commitVolume}
            onKeyUp={commitVolume}
            onBlur={commitVolume}
          />
          {/* The slider says its value itself; this is for the eye. */}
          <span aria-hidden="true">{shownVolume} %</span>
          <button type="button" onClick={() => void sound.testRingOutput()}>
            <BellRing aria-hidden="true" />
            {t('ringtone.play')}
          </button>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('ringtone.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="audio/*,.mp3,.ogg,.oga,.opus,.wav,.webm,.m4a,.flac"
          aria-describedby={`${id}-file-hint`}
          onChange={(e) => void choose(e)}
        />
        <p id={`${id}-file-hint`} className="hint">
          {t('ringtone.fileHint')}
        </p>
        {ownFile && (
          <p className="hint">
            {t('ringtone.fileInUse', {
              name: ownFile.name || '–',
              size: String(Math.max(1, Math.round(ownFile.size / 1024))),
            })}
          </p>
        )}
      </div>
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
