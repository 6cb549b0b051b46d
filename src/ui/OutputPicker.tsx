// "Choose a speaker", where the browser names speakers only through its own prompt (Firefox's
// selectAudioOutput): without it the call audio list would offer the default alone, silently.
import { useState } from 'react';
import { browserCapabilities, type CallOutputChoice } from '../browser/capabilities';
import { usePhoneActions } from './PhoneActions';
import { useT } from './useT';

export function OutputPicker({
  callOutput = browserCapabilities().callOutput,
}: {
  /** This browser's; component tests pass others. */
  callOutput?: CallOutputChoice;
}) {
  const t = useT();
  const actions = usePhoneActions();
  const [none, setNone] = useState(false);
  if (callOutput !== 'on-request') return null;
  const pick = async () => setNone(!(await actions.pickCallOutput()));
  return (
    <div className="field">
      <button type="button" onClick={() => void pick()}>
        {t('devices.pickOutput')}
      </button>
      <small className="hint">{t('limits.callOutputOnRequest')}</small>
      {none && <p role="status">{t('devices.pickedNone')}</p>}
    </div>
  );
}
