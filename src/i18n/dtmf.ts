// Texts for the account's DTMF method (src/phone/dtmfMethod.ts, src/ui/DtmfMethodSelect.tsx).
export const en = {
  'dtmf.method': 'Send keypad digits (DTMF) by',
  'dtmf.info': 'SIP INFO (default)',
  'dtmf.rfc4733': 'RFC 4733 (telephone-events in the audio)',
  'dtmf.hint':
    'SIP INFO for VOIspeed and for Kamailio or OpenSIPS proxies. RFC 4733 for Asterisk or FreePBX WebRTC extensions (dtmf_mode rfc4733, their default) and for voice menus that read the digits from the audio. Digits the other side sends by RFC 4733 reach the PBX but cannot be shown here: browsers do not read them.',
  'problem.dtmf': 'the DTMF method must be "info" or "rfc4733"',
} as const;
