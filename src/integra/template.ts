// Reads a rule's "Command to execute" into text and placeholders. The vendor's doc writes
// `! 01` with a stray space, so one space after the `!` is accepted; `!{name}` names the others.
import { keyOf } from './placeholders';

export type TemplatePart =
  | { type: 'text'; text: string }
  /** key: where PlaceholderValues keeps it; label: how a message shows it (`!01`, `!{sip:x-a}`). */
  | { type: 'placeholder'; key: string; label: string };

/** name: the placeholder as written (`!99`, `! 99`, `!{nope}`), shortened for a message. */
type UnknownPlaceholder = { type: 'unknown-placeholder'; name: string };

export type TemplateResult =
  | { ok: true; parts: TemplatePart[] }
  | { ok: false; error: UnknownPlaceholder };

// `!` and two digits is always a numbered placeholder: only !00-!07 exist, and `!08`-`!99` are
// refused, so a typo never sends the literal text to the CRM. `Hi!` or `!x` stay text.
const NUMBERED = /! ?([0-9]{2})/y;
const KNOWN_NUMBER = /^0[0-7]$/;
const NAMED = /!\{([^{}]{0,100})\}/y;
const MAX_SHOWN = 40;

export function parseTemplate(template: string): TemplateResult {
  const parts: TemplatePart[] = [];
  let text = '';
  let i = 0;
  for (let bang = template.indexOf('!'); bang !== -1; bang = template.indexOf('!', i)) {
    const found = placeholderAt(template, bang);
    if (found === undefined) {
      text += template.slice(i, bang + 1);
    } else if ('error' in found) {
      return { ok: false, error: found.error };
    } else {
      text += template.slice(i, bang);
      if (text !== '') parts.push({ type: 'text', text });
      parts.push(found.part);
      text = '';
    }
    i = bang + (found && 'length' in found ? found.length : 1);
  }
  text += template.slice(i);
  if (text !== '') parts.push({ type: 'text', text });
  return { ok: true, parts };
}

type Found = { part: TemplatePart; length: number } | { error: UnknownPlaceholder };

/** The placeholder starting at a `!`, undefined when the `!` is just text. */
function placeholderAt(template: string, bang: number): Found | undefined {
  NUMBERED.lastIndex = bang;
  const numbered = NUMBERED.exec(template);
  if (numbered) {
    const code = numbered[1] ?? '';
    if (!KNOWN_NUMBER.test(code)) return unknown(numbered[0]);
    const part = { type: 'placeholder' as const, key: code, label: `!${code}` };
    return { part, length: numbered[0].length };
  }
  if (template[bang + 1] !== '{') return undefined;
  NAMED.lastIndex = bang;
  const named = NAMED.exec(template);
  // An unclosed or overlong `!{` is a broken placeholder, not text to send on.
  if (!named) return unknown(template.slice(bang));
  const name = (named[1] ?? '').trim();
  const key = keyOf(name);
  if (key === undefined) return unknown(named[0]);
  const part = { type: 'placeholder' as const, key, label: `!{${name.toLowerCase()}}` };
  return { part, length: named[0].length };
}

function unknown(written: string): { error: UnknownPlaceholder } {
  const chars = [...written];
  const name = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : written;
  return { error: { type: 'unknown-placeholder', name } };
}
