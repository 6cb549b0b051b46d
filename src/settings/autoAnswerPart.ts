// The auto-answer setting's checker: a form's save, a file's part and a stored record alike.
import {
  AUTO_ANSWER_MODES,
  type AutoAnswerMode,
  type AutoAnswerSettings,
  delaySecondsOf,
} from '../phone/autoAnswer';
import { fail, isRecord, type PartCheck } from './partTypes';

export function checkAutoAnswerPart(input: unknown): PartCheck<AutoAnswerSettings> {
  if (!isRecord(input)) return fail('autoAnswer', 'not-an-object');
  const { mode, delaySeconds } = input;
  if (typeof mode !== 'string') return fail('autoAnswer.mode', 'not-a-string');
  if (!(AUTO_ANSWER_MODES as readonly string[]).includes(mode)) {
    return fail('autoAnswer.mode', 'out-of-range');
  }
  const seconds = delaySecondsOf(delaySeconds);
  if (seconds === undefined) return fail('autoAnswer.delaySeconds', 'out-of-range');
  return { ok: true, value: { mode: mode as AutoAnswerMode, delaySeconds: seconds } };
}
