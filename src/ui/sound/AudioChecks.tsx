// Checks of the audio devices, in the device settings: a microphone test with a level meter
// (the chosen microphone is open only while the test runs, and closed when it stops or the
// settings go), and a test sound on the ringtone output and on the call audio output.
import { Mic, MicOff, Volume2 } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useT } from '../useT';
import { LevelMeter } from './LevelMeter';
import { type OpenLevel, useSoundActions } from './SoundActions';

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function AudioChecks() {
  const t = useT();
  const sound = useSoundActions();
  const id = useId();
  const [microphone, setMicrophone] = useState<OpenLevel | undefined>();
  const [message, setMessage] = useState<{ alert: boolean; text: string } | undefined>();
  // The device goes with the test: when it stops, and when the settings are left.
  useEffect(() => () => microphone?.close(), [microphone]);
  if (!sound) return null;

  const toggleMicrophone = async () => {
    if (microphone) {
      setMicrophone(undefined);
      return;
    }
    setMessage(undefined);
    try {
      setMicrophone(await sound.openMicrophone());
    } catch (error) {
      setMessage({ alert: true, text: t('checks.microphoneRefused', { reason: reasonOf(error) }) });
    }
  };
  const testRing = async () => {
    const started = await sound.testRingOutput();
    setMessage({
      alert: false,
      text:
        started === 'ringing'
          ? t('checks.ringing')
          : t('checks.playing', { slot: t('devices.ringtone') }),
    });
  };
  const testCall = async () => {
    try {
      await sound.testCallOutput();
      setMessage({ alert: false, text: t('checks.playing', { slot: t('devices.callAudio') }) });
    } catch (error) {
      setMessage({ alert: true, text: t('checks.playFailed', { reason: reasonOf(error) }) });
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="audio-checks">
      <h4 id={`${id}-title`}>{t('checks.title')}</h4>
      <div className="buttons">
        <button
          type="button"
          className="toggle"
          aria-pressed={microphone !== undefined}
          onClick={() => void toggleMicrophone()}
        >
          {microphone ? <MicOff aria-hidden="true" /> : <Mic aria-hidden="true" />}
          {t(microphone ? 'checks.stopMicrophone' : 'checks.microphone')}
        </button>
        <button type="button" onClick={() => void testRing()}>
          <Volume2 aria-hidden="true" />
          {t('checks.ringOutput')}
        </button>
        <button type="button" onClick={() => void testCall()}>
          <Volume2 aria-hidden="true" />
          {t('checks.callOutput')}
        </button>
      </div>
      {microphone && (
        <>
          <LevelMeter label={t('level.microphone')} source={microphone} />
          <p className="hint">{t('checks.microphoneHint')}</p>
        </>
      )}
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
