// Reads a rule's "Command to execute" into text and placeholders. The vendor's doc writes
// `! 01` with a stray space, so one space after the `!` is accepted; `!{name}` names the others.
import { keyOf } from './placeholders';

export type TemplatePart =
  | { type: 'text'; text: string }
  /** key: where PlaceholderValues keeps it; label: how a message shows it (`!01`, `!{sip:x-a}`). */
  | { type: 'placeholder'; key: string; label: string };

type UnknownPlaceholder = { type: 'unknown-placeholder'; name: string };

export type TemplateResult =
  | { ok: true; parts: TemplatePart[] }
  | { ok: false; error: UnknownPlaceholder };

// Only !00-!07 exist; `!08` or `Hi! 20` stay text, as the original passed them on unchanged.
const NUMBERED = /! ?(0[0-7])/y;
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
  if (numbered?.[1]) {
    const part = { type: 'placeholder' as const, key: numbered[1], label: `!${numbered[1]}` };
    return { part, length: numbered[0].length };
  }
  if (template[bang + 1] !== '{') return undefined;
  NAMED.lastIndex = bang;
  const named = NAMED.exec(template);
  // An unclosed or overlong `!{` is a broken placeholder, not text to send on.
  const name = named ? (named[1] ?? '').trim() : template.slice(bang + 2);
  const key = named ? keyOf(name) : undefined;
  if (!named || key === undefined) {
    return { error: { type: 'unknown-placeholder', name: name.slice(0, MAX_SHOWN) } };
  }
  const part = { type: 'placeholder' as const, key, label: `!{${name.toLowerCase()}}` };
  return { part, length: named[0].length };
}
