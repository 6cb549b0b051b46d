// The microphone calls use. Kept apart from the SIP code (loaded later) so that the stored choice
// can be set at start; the SIP edge reads it for every call, answered or placed.
import type { CallConnections } from './callConnections';
import type { IceServerHealth } from './iceServerHealth';

export interface Microphone {
  /** '' for the browser's default microphone. */
  set(deviceId: string): void;
  /**
   * `exact`: Chromium takes the default microphone over an `ideal` one. A device that is gone is
   * set back to '' by the device check (src/app/devices.ts) when the browser reports the change.
   */
  constraint(): boolean | MediaTrackConstraints;
}

export function createMicrophone(): Microphone {
  let chosen = '';
  return {
    set(deviceId) {
      chosen = deviceId;
    },
    constraint: () => (chosen === '' ? true : { deviceId: { exact: chosen } }),
  };
}

/** What a call's media needs from the page: the microphone to open, where remote audio plays. */
export interface CallMedia {
  microphone: Pick<Microphone, 'constraint'>;
  /** What earlier calls learnt about the ICE servers (one per page). */
  iceServers: IceServerHealth;
  audio: { play(callId: string, stream: MediaStream): void; stop(callId: string): void };
  /** Where each live call's peer connection is found by the page's audio features. */
  connections: Pick<CallConnections, 'add' | 'remove'>;
}
