import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parseCommand';
import { ACCOUNT_PARTS, COMMAND_ERROR_CODES, type CommandResult } from '../../src/commands/types';
import { MAX_DIAL_TEXT } from '../../src/commands/voispeedCommand';
import { toDialString, toPhoneNumber, toSipDomain } from '../../src/phone/dialString';

const DIALABLE = /^(\+?[0-9*#]{1,32}|[A-Za-z][A-Za-z0-9_.-]{0,63})$/;
const CALL_ID = /^[A-Za-z0-9@._:~+!*`'()/[\]?{}-]{1,1024}$/;

// Pieces real and hostile links are made of, so generated strings reach deep into the grammar.
// Split on | so that spaces and quotes stay fragments of their own.
const pieces = (text: string) => text.split('|');
const SCHEMES = pieces('voispeed:|web+voispeed:|web%2Bvoispeed%3A|VOISPEED://|tel:|callto:|sip:|');
const FRAGMENTS = [
  ...pieces('sips:|javascript:|//|/|C|D|F|U|u|c |d | |  |\u00a0|,|@|:|;|?|=|;ext='),
  ...pieces(';phone-context=|;user=phone|?subject=x|%|%25|%20|%2C|%2B|%3A|%E0|%A4|%zz|%00'),
  ...pieces('%E2%80%AE|+|0|1|39|101|*|#|(|)|-|.|reception|abc123@pbx|<script>|"|\'|\u202e'),
  ...pieces('\u2066|\u0000|\n|\u0085|é|😀|wss://|ws://|https://|pbx.example.com|:8089|/ws'),
  '8c7bde4622aea226d1cff593b3c26829',
  'x'.repeat(70),
];
const linkLike = fc
  .tuple(fc.constantFrom(...SCHEMES), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 }))
  .map(([scheme, parts]) => scheme + parts.join(''));
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  linkLike,
  fc.tuple(linkLike, fc.string({ unit: 'binary' }), linkLike).map((parts) => parts.join('')),
);

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789*#'), minLength: min, maxLength: max });
const phoneNumber = fc
  .tuple(
    fc.boolean(),
    digits(1, 31).filter((d) => /[0-9]/.test(d)),
  )
  .map(([plus, rest]) => (plus ? `+${rest}` : rest));
const userName = fc
  .tuple(
    fc.constantFrom(...'abcXYZ'),
    fc.string({ unit: fc.constantFrom(...'az09_.-'), maxLength: 20 }),
  )
  .map(([first, rest]) => first + rest);
const callId = fc.string({ unit: fc.constantFrom(...'aZ09@._:~+-'), minLength: 1, maxLength: 40 });

/** The checks every result must pass, whatever the input. */
function expectWellFormed(result: CommandResult): void {
  if (!result.ok) {
    expect(COMMAND_ERROR_CODES).toContain(result.error.code);
    if (result.error.code === 'invalid-account') expect(ACCOUNT_PARTS).toContain(result.error.part);
    expect(Array.from(result.error.detail ?? '').length).toBeLessThanOrEqual(65);
    return;
  }
  const command = result.command;
  if (command.kind === 'call') {
    expect(command.number).toMatch(DIALABLE);
    expect(toDialString(command.number)).toBe(command.number);
    // Only a sip: user may be a name; voispeed: and tel: numbers are digits.
    if (command.source !== 'sip') expect(toPhoneNumber(command.number)).toBe(command.number);
    if (command.domain !== undefined) expect(toSipDomain(command.domain)).toBe(command.domain);
    if (command.postDial !== undefined) expect(command.postDial).toMatch(/^[0-9*#]{1,32}$/);
    if (command.extendedId !== undefined) expect(command.extendedId).toMatch(/^[ -~]{1,64}$/);
  } else if (command.kind === 'forward') {
    if (command.dialString === undefined) expect(command.target).toMatch(CALL_ID);
    else {
      expect(command.dialString).toMatch(DIALABLE);
      expect(toDialString(command.dialString)).toBe(command.dialString);
    }
  } else if (command.kind === 'hangup') {
    if (command.callId !== undefined) expect(command.callId).toMatch(CALL_ID);
  } else if (command.kind === 'dial-text') {
    expect(command.text.length).toBeGreaterThan(0);
    expect(command.text.length).toBeLessThanOrEqual(MAX_DIAL_TEXT);
  } else {
    expect(command.account.url).toMatch(/^wss?:\/\/[^\s@]+$/);
    expect(command.account.url2).toMatch(/^(wss?:\/\/[^\s@]+)?$/);
  }
}

describe('parseCommand, for any input', () => {
  it('never throws, and returns only dialable numbers and known error codes', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        expectWellFormed(parseCommand(input));
      }),
    );
  });

  it('reads a link the same once its body is percent-encoded, as an href holds it', () => {
    const schemes = SCHEMES.filter((scheme) => scheme !== '' && !scheme.includes('%'));
    const body = fc
      .array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 })
      .map((parts) => parts.join(''));
    const plain = fc.tuple(fc.constantFrom(...schemes), body).filter(([, b]) => !b.includes('%'));
    fc.assert(
      fc.property(plain, ([scheme, b]) => {
        expect(parseCommand(scheme + encodeURIComponent(b))).toEqual(parseCommand(scheme + b));
      }),
    );
  });

  it('never carries out a link encoded once more than its route decodes', () => {
    fc.assert(
      fc.property(linkLike, (link) => {
        // Whole links encoded once or twice: the ?uri= layer, or an e-mail client's on top.
        const once = encodeURIComponent(link);
        expect(parseCommand(once).ok).toBe(false);
        expect(parseCommand(encodeURIComponent(once)).ok).toBe(false);
      }),
    );
  });
});

describe('parseCommand round trips', () => {
  it('calls the generated number, in every link form', () => {
    fc.assert(
      fc.property(phoneNumber, (n) => {
        const expected = { ok: true, command: { kind: 'call', number: n, source: 'voispeed' } };
        expect(parseCommand(`voispeed:C ${n}`)).toEqual(expected);
        expect(parseCommand(`voispeed:${n}`)).toEqual(expected);
        expect(parseCommand(`web+voispeed:c${n}`)).toEqual(expected);
        expect(parseCommand(`web+voispeed:${encodeURIComponent(`C ${n}`)}`)).toEqual(expected);
        expect(parseCommand(`tel:${n}`)).toMatchObject({ ok: true, command: { number: n } });
        expect(parseCommand(`sip:${n}@pbx;user=phone`)).toMatchObject({ command: { number: n } });
      }),
    );
  });

  it('drops the visual separators people put in numbers', () => {
    const spaced = fc
      .tuple(
        phoneNumber,
        fc.array(fc.constantFrom(' ', '-', '.'), { minLength: 32, maxLength: 32 }),
      )
      .map(([n, seps]) => ({ n, spaced: Array.from(n, (ch, i) => ch + (seps[i] ?? '')).join('') }));
    fc.assert(
      fc.property(spaced, ({ n, spaced }) => {
        expect(parseCommand(`voispeed: C ${spaced} `)).toMatchObject({ command: { number: n } });
        expect(parseCommand(`tel:${spaced}`)).toMatchObject({ command: { number: n } });
      }),
    );
  });

  it('calls SIP user names from sip: links only; in voispeed: and tel: links they are refused', () => {
    fc.assert(
      fc.property(userName, digits(1, 10), (name, ext) => {
        expect(parseCommand(`sip:${name}@pbx.example.com`)).toEqual({
          ok: true,
          command: { kind: 'call', number: name, source: 'sip', domain: 'pbx.example.com' },
        });
        expect(parseCommand(`voispeed:C ${name},T-${ext}`)).toMatchObject({
          ok: false,
          error: { code: 'invalid-number' },
        });
        expect(parseCommand(`tel:${name}`)).toMatchObject({ ok: false });
      }),
    );
  });

  it('hangs up and forwards by Call ID', () => {
    fc.assert(
      fc.property(callId, (id) => {
        expect(parseCommand(`voispeed:D ${id}`)).toEqual({
          ok: true,
          command: { kind: 'hangup', callId: id },
        });
        expect(parseCommand(`voispeed:${encodeURIComponent(`F ${id}`)}`)).toMatchObject({
          ok: true,
          command: { kind: 'forward', target: id },
        });
      }),
    );
  });
});
