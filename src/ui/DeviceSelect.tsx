// One labelled device list: "Default" first, then the browser's devices by name. A chosen device
// that is not connected stays listed, so the select shows what is stored.
import { useId } from 'react';
import type { AudioDevice } from '../phone/media/devices';
import { useT } from './useT';

interface DeviceSelectProps {
  label: string;
  devices: readonly AudioDevice[];
  /** The chosen deviceId, '' for the default. */
  value: string;
  disabled: boolean;
  /** Why the default is in use, shown under the list; '' for none. */
  note: string;
  onChange(deviceId: string): void;
}

export function DeviceSelect({
  label,
  devices,
  value,
  disabled,
  note,
  onChange,
}: DeviceSelectProps) {
  const t = useT();
  const id = useId();
  // The browser lists its own "default" entry (and, before permission, entries with no id):
  // "Default" is already the first option.
  const listed = devices.filter((d) => d.deviceId !== '' && d.deviceId !== 'default');
  const known = value === '' || listed.some((d) => d.deviceId === value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={note ? `${id}-note` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('devices.default')}</option>
        {listed.map((device, index) => (
          <option key={device.deviceId} value={device.deviceId}>
            {device.label || t('devices.unnamed', { n: String(index + 1) })}
          </option>
        ))}
        {!known && <option value={value}>{t('devices.notConnected')}</option>}
      </select>
      {note && (
        <small id={`${id}-note`} className="hint">
          {note}
        </small>
      )}
    </div>
  );
}
