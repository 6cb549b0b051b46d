// How the account sends DTMF digits: SIP INFO (the default) or RFC 4733 telephone-events in the
// call's RTP. Pure: the choice and its check, for the form, a settings file and a stored record.

/** 'info': SIP INFO (application/dtmf-relay); 'rfc4733': telephone-events by RTCDTMFSender. */
export type DtmfMethod = 'info' | 'rfc4733';

export const DTMF_METHODS: readonly DtmfMethod[] = ['info', 'rfc4733'];
export const DEFAULT_DTMF_METHOD: DtmfMethod = 'info';

export function isDtmfMethod(value: unknown): value is DtmfMethod {
  return typeof value === 'string' && (DTMF_METHODS as readonly string[]).includes(value);
}
