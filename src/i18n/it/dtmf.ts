// Italian texts of dtmf.ts: the keys are the English file's, every one of them.
import type { en } from '../dtmf';

export const it: Record<keyof typeof en, string> = {
  'dtmf.method': 'Invia le cifre della tastiera (DTMF) con',
  'dtmf.info': 'SIP INFO (predefinito)',
  'dtmf.rfc4733': 'RFC 4733 (telephone-event nell’audio)',
  'dtmf.hint':
    'SIP INFO per VOIspeed e per i proxy Kamailio o OpenSIPS. RFC 4733 per gli interni WebRTC di Asterisk o FreePBX (dtmf_mode rfc4733, il loro predefinito) e per i risponditori che leggono le cifre dall’audio. Le cifre che l’altra parte invia con RFC 4733 arrivano al centralino ma qui non si possono mostrare: i browser non le leggono.',
  'problem.dtmf': 'il metodo DTMF deve essere "info" o "rfc4733"',
};
