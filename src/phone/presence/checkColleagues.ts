// The colleagues setting's checker, loaded with the check (a form's save, a file, a stored record).
import { fail, isRecord, type PartCheck } from '../../settings/partTypes';
import { toDialString } from '../dialString';
import { type ColleagueSettings, MAX_WATCHED } from './colleagueSettings';

const MAX_DIAL_CHARS = 32;
// Digits, * and #, as PBXs' feature codes are written (*8, **, #8).
const FEATURE_CODE = /^[0-9*#]{1,8}$/;

const dialable = (value: string) =>
  value.length <= MAX_DIAL_CHARS ? toDialString(value) : undefined;

export function checkColleagues(input: unknown): PartCheck<ColleagueSettings> {
  if (!isRecord(input)) return fail('colleagues', 'not-an-object');
  const { watched, pickupPrefix = '', voicemailNumber = '' } = input;
  if (!Array.isArray(watched)) return fail('colleagues.watched', 'not-a-list');
  if (watched.length > MAX_WATCHED) return fail('colleagues.watched', 'too-many');
  const users: string[] = [];
  for (const [i, entry] of watched.entries()) {
    const field = `colleagues.watched[${i}]`;
    if (typeof entry !== 'string') return fail(field, 'not-a-string');
    const user = dialable(entry);
    if (user === undefined) return fail(field, 'not-dialable');
    if (users.includes(user)) return fail(field, 'duplicate');
    users.push(user);
  }
  if (typeof pickupPrefix !== 'string') return fail('colleagues.pickupPrefix', 'not-a-string');
  const prefix = pickupPrefix.trim();
  if (prefix !== '' && !FEATURE_CODE.test(prefix)) {
    return fail('colleagues.pickupPrefix', 'not-dialable');
  }
  if (typeof voicemailNumber !== 'string') {
    return fail('colleagues.voicemailNumber', 'not-a-string');
  }
  const mailbox = voicemailNumber.trim() === '' ? '' : dialable(voicemailNumber);
  if (mailbox === undefined) return fail('colleagues.voicemailNumber', 'not-dialable');
  return { ok: true, value: { watched: users, pickupPrefix: prefix, voicemailNumber: mailbox } };
}
