// The "Audio devices" section: where the ringtone and the call play, which microphone speaks.
// A choice is saved as soon as it is made; a device that is gone is said, with the default in use.
import { useState } from 'react';
import type { AudioDevice, DeviceSlot } from '../phone/media/devices';
import { useDeviceStore } from '../store/deviceStore';
import { DeviceSelect } from './DeviceSelect';
import { OutputPicker } from './OutputPicker';
import { usePhoneActions } from './PhoneActions';
import { AudioChecks } from './sound/AudioChecks';
import { useT } from './useT';

export function DeviceSettings() {
  const t = useT();
  const actions = usePhoneActions();
  const inputs = useDeviceStore((s) => s.devices.inputs);
  const outputs = useDeviceStore((s) => s.devices.outputs);
  const choice = useDeviceStore((s) => s.choice);
  const missing = useDeviceStore((s) => s.missing);
  const hidden = useDeviceStore((s) => s.labelsHidden);
  const canTone = useDeviceStore((s) => s.canChooseToneOutput);
  const canCall = useDeviceStore((s) => s.canChooseCallOutput);
  const problem = useDeviceStore((s) => s.problem);
  const [saved, setSaved] = useState('');

  const choose = async (slot: DeviceSlot, deviceId: string) => {
    setSaved('');
    await actions.chooseDevice(slot, deviceId);
    setSaved(t('devices.saved', { slot: t(`devices.${slot}`) }));
  };
  const select = (
    slot: DeviceSlot,
    devices: readonly AudioDevice[],
    disabled: boolean,
    note = '',
  ) => (
    <DeviceSelect
      label={t(`devices.${slot}`)}
      devices={devices}
      value={choice[slot]}
      disabled={disabled}
      note={missing.includes(slot) ? t('devices.missing', { slot: t(`devices.${slot}`) }) : note}
      onChange={(deviceId) => void choose(slot, deviceId)}
    />
  );

  return (
    <section aria-labelledby="devices-title" className="devices">
      <h3 id="devices-title">{t('devices.title')}</h3>
      {hidden && (
        <p className="hint">
          {t('devices.labelsHidden')}{' '}
          <button type="button" onClick={() => void actions.allowMicrophone()}>
            {t('devices.allowMicrophone')}
          </button>
        </p>
      )}
      {select('ringtone', outputs, !canTone, canTone ? '' : t('devices.noToneOutput'))}
      {select('callAudio', outputs, !canCall, canCall ? '' : t('devices.noCallOutput'))}
      <OutputPicker />
      {select('microphone', inputs, false)}
      {problem !== '' && <p role="alert">{t(`devices.${problem}`)}</p>}
      {saved !== '' && problem === '' && <p role="status">{saved}</p>}
      <AudioChecks />
    </section>
  );
}
