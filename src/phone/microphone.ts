// The microphone calls use. Kept apart from the SIP code (loaded later) so that the stored choice
// can be set at start; read by callOptions for every call, answered or placed.

let microphone = '';

/** '' for the browser's default microphone. */
export function setMicrophone(deviceId: string): void {
  microphone = deviceId;
}

/**
 * `exact`: Chromium takes the default microphone over an `ideal` one. A device that is gone is
 * set back to '' by the device check (src/app/devices.ts) when the browser reports the change.
 */
export function microphoneConstraint(): boolean | MediaTrackConstraints {
  return microphone === '' ? true : { deviceId: { exact: microphone } };
}
