// The ringtone part of the settings: which ringtone and how loud. The user's own file is not in
// the part (nor in an exported file): it is stored apart, under its own key (ownRingtone.ts).
import { checkRingtoneSettings, type RingtoneSettings } from '../phone/media/ringtones';
import { fail, type PartCheck } from './partTypes';

export function checkRingtonePart(input: unknown): PartCheck<RingtoneSettings> {
  const check = checkRingtoneSettings(input);
  if (check.ok) return check;
  return fail(check.field === '' ? 'ringtone' : `ringtone.${check.field}`, check.problem);
}
