import { describe, expect, it } from 'vitest';
import { MAX_LINK_LENGTH, parseCommand } from '../../src/commands/parseCommand';
import type { Command, CommandError } from '../../src/commands/types';

const call = (number: string, more: Partial<Command & { kind: 'call' }> = {}): Command => ({
  kind: 'call',
  number,
  source: 'voispeed',
  ...more,
});

describe('parseCommand accepts', () => {
  it.each<[string, Command]>([
    // The grammar of docs/links.md, and the vendor's spaced examples.
    ['voispeed:C 101', call('101')],
    ['voispeed:101', call('101')],
    ['voispeed:C 0123456', call('0123456')],
    ['voispeed: C 0123456', call('0123456')],
    ['voispeed:187 ', call('187')],
    ['VOISPEED:c 101', call('101')],
    ['voispeed://C 101', call('101')],
    ['voispeed://C%20101/', call('101')],
    ['voispeed:C101', call('101')],
    ['voispeed:C+39 02 6161 616', call('+39026161616')],
    ['voispeed:c (02) 6161-616', call('026161616')],
    ['voispeed:*72#', call('*72#')],
    ['voispeed:101,TCK-42', call('101', { extendedId: 'TCK-42' })],
    ['voispeed: 101 , TCK-42 ', call('101', { extendedId: 'TCK-42' })],
    ['voispeed:C 101,order 7', call('101', { extendedId: 'order 7' })],
    ['voispeed:D', { kind: 'hangup' }],
    ['voispeed: D ', { kind: 'hangup' }],
    ['voispeed: D 123', { kind: 'hangup', callId: '123' }],
    ['voispeed:d abc123@pbx.example.com', { kind: 'hangup', callId: 'abc123@pbx.example.com' }],
    ['voispeed:D6u9c0kq2v1b4d7s3e8fa', { kind: 'hangup', callId: '6u9c0kq2v1b4d7s3e8fa' }],
    ['voispeed:D123', { kind: 'hangup', callId: '123' }],
    [
      `voispeed:D ${'a.b_c!(x)'.repeat(40)}@host`,
      { kind: 'hangup', callId: `${'a.b_c!(x)'.repeat(40)}@host` },
    ],
    ['voispeed:F 102', { kind: 'forward', target: '102', dialString: '102' }],
    [
      'voispeed:S Call Mario on 02 6161 616',
      { kind: 'dial-text', text: 'Call Mario on 02 6161 616' },
    ],
    ['web+voispeed:S%20tel.%20%2B39%2002%20123', { kind: 'dial-text', text: 'tel. +39 02 123' }],
    ['voispeed:f abc@host', { kind: 'forward', target: 'abc@host' }],
    ['voispeed:F +39 02 123', { kind: 'forward', target: '+39 02 123', dialString: '+3902123' }],
    // As written in an href, percent-encoded once (the ?uri= route undoes its own layer first).
    ['web+voispeed:C 101', call('101')],
    ['web+voispeed:C%20101', call('101')],
    ['WEB+VoiSpeed:C 101', call('101')],
    ['voispeed:C%20%2B39%2002%20123', call('+3902123')],
    ['voispeed:%43%20101', call('101')],
    // tel: and callto:, RFC 3966.
    ['tel:+39-02-6161-616', call('+39026161616', { source: 'tel' })],
    ['TEL:+1 (201) 555.0123', call('+12015550123', { source: 'tel' })],
    ['tel:%2B390212345678', call('+390212345678', { source: 'tel' })],
    ['tel:+1-201-555-0123;ext=1234', call('+12015550123', { source: 'tel', postDial: '1234' })],
    ['tel:7042;phone-context=example.com', call('7042', { source: 'tel' })],
    ['tel:863-1234;phone-context=+1-914-555', call('8631234', { source: 'tel' })],
    [
      'tel:+390212345678;isub=12;ext=20-4;',
      call('+390212345678', { source: 'tel', postDial: '204' }),
    ],
    ['tel://0212345678', call('0212345678', { source: 'tel' })],
    ['callto:+39 02 123', call('+3902123', { source: 'tel' })],
    ['callto://0212345678', call('0212345678', { source: 'tel' })],
    // sip: and sips:, RFC 3261: the address as written (host, port and parameters), called
    // through our PBX; the link's headers never reach the INVITE.
    [
      'sip:101@pbx.example.com;transport=ws',
      call('101', { source: 'sip', domain: 'pbx.example.com;transport=ws' }),
    ],
    [
      'sip:402@other.example.com;transport=tcp?X-Header=1',
      call('402', { source: 'sip', domain: 'other.example.com;transport=tcp' }),
    ],
    [
      'sip:+390212345678@x;user=phone',
      call('+390212345678', { source: 'sip', domain: 'x;user=phone' }),
    ],
    [
      'SIPS:reception@PBX.example.com:5061',
      call('reception', { source: 'sip', domain: 'pbx.example.com:5061' }),
    ],
    [
      'sip:alice.smith@[2001:db8::1]?subject=hello&priority=urgent',
      call('alice.smith', { source: 'sip', domain: '[2001:db8::1]' }),
    ],
    ['sip:bob:secret@example.com', call('bob', { source: 'sip', domain: 'example.com' })],
    [
      'sip:+1-212-555-1212;postd=pp22@foo.com;user=phone',
      call('+12125551212', { source: 'sip', domain: 'foo.com;user=phone' }),
    ],
    [
      'sip:0212345678;ext=12@pbx',
      call('0212345678', { source: 'sip', postDial: '12', domain: 'pbx' }),
    ],
    ['sip:101@127.0.0.1:5070', call('101', { source: 'sip', domain: '127.0.0.1:5070' })],
    ['sip:101', call('101', { source: 'sip' })],
  ])('%j', (input, command) => {
    expect(parseCommand(input)).toEqual({ ok: true, command });
  });
});

describe('parseCommand refuses, saying what is wrong', () => {
  it.each<[string, CommandError]>([
    ['', { code: 'empty' }],
    ['   ', { code: 'empty' }],
    ['voispeed:', { code: 'empty' }],
    ['voispeed: ', { code: 'empty' }],
    ['voispeed://', { code: 'empty' }],
    ['tel:', { code: 'empty' }],
    ['sip:', { code: 'empty' }],
    ['voispeed:C', { code: 'missing-number' }],
    ['voispeed:C ,x', { code: 'missing-number' }],
    ['voispeed:,', { code: 'missing-number' }],
    ['voispeed:F', { code: 'missing-target' }],
    ['voispeed:S', { code: 'missing-number' }],
    ['voispeed:S   ', { code: 'missing-number' }],
    [`voispeed:S ${'1'.repeat(2001)}`, { code: 'too-long' }],
    ['voispeed:101,', { code: 'invalid-extended-id' }],
    ['voispeed:101,a,b', { code: 'extra-parts', detail: '101,a,b' }],
    ['voispeed:D a,b', { code: 'extra-parts', detail: 'a,b' }],
    ['voispeed:F 102,x', { code: 'extra-parts', detail: '102,x' }],
    ['voispeed:X 101', { code: 'unknown-command', detail: 'X' }],
    ['voispeed:Z', { code: 'unknown-command', detail: 'Z' }],
    ['voispeed:C 10;1', { code: 'invalid-number', detail: '10;1' }],
    ['voispeed:C 1x2', { code: 'invalid-number', detail: '1x2' }],
    ['voispeed:C call me', { code: 'invalid-number', detail: 'call me' }],
    ['voispeed:C ++39 02', { code: 'invalid-number', detail: '++39 02' }],
    // A voispeed: or tel: number is digits: a name is a broken link, not a user to call.
    ['voispeed:abc', { code: 'invalid-number', detail: 'abc' }],
    ['voispeed:C abc', { code: 'invalid-number', detail: 'abc' }],
    ['voispeed:reception', { code: 'invalid-number', detail: 'reception' }],
    ['voispeed:C Ubuntu', { code: 'invalid-number', detail: 'Ubuntu' }],
    ['voispeed:C alice.smith', { code: 'invalid-number', detail: 'alice.smith' }],
    ['voispeed:abc,TCK-42', { code: 'invalid-number', detail: 'abc' }],
    ['voispeed:*#', { code: 'invalid-number', detail: '*#' }],
    ['voispeed:C +', { code: 'invalid-number', detail: '+' }],
    ['voispeed:C ( ) - .', { code: 'invalid-number', detail: '( ) - .' }],
    ['voispeed:C %E2%91%A0%E2%91%A1', { code: 'invalid-number', detail: '①②' }],
    ['tel:*#', { code: 'invalid-number', detail: '*#' }],
    ['tel:+', { code: 'invalid-number', detail: '+' }],
    ['callto:()', { code: 'invalid-number', detail: '()' }],
    ['voispeed:D abc def', { code: 'invalid-call-id', detail: 'abc def' }],
    ['voispeed:D <b>', { code: 'invalid-call-id', detail: '<b>' }],
    ['voispeed:F <b>', { code: 'invalid-target', detail: '<b>' }],
    ['voispeed:101,a"b', { code: 'invalid-extended-id', detail: 'a"b' }],
    ['voispeed:101,a;b', { code: 'invalid-extended-id', detail: 'a;b' }],
    ['voispeed:101,<x>', { code: 'invalid-extended-id', detail: '<x>' }],
    ['voispeed:101,è', { code: 'invalid-extended-id', detail: 'è' }],
    [
      `voispeed:101,${'x'.repeat(65)}`,
      { code: 'invalid-extended-id', detail: `${'x'.repeat(64)}…` },
    ],
    // Script injection text is refused as data, never interpreted.
    [
      'voispeed:C <script>alert(1)</script>',
      { code: 'invalid-number', detail: '<script>alert(1)</script>' },
    ],
    [
      'voispeed:<img src=x onerror=alert(1)>',
      { code: 'invalid-number', detail: '<img src=x onerror=alert(1)>' },
    ],
    ['javascript:alert(1)', { code: 'unknown-scheme', detail: 'javascript' }],
    ['JavaScript%3Aalert(1)', { code: 'bad-encoding' }],
    ['data:text/html,<script>alert(1)</script>', { code: 'unknown-scheme', detail: 'data' }],
    ['https://evil.example/voispeed:C 101', { code: 'unknown-scheme', detail: 'https' }],
    ['voispeed2:C 101', { code: 'unknown-scheme', detail: 'voispeed2' }],
    ['web voispeed:C 101', { code: 'unknown-scheme' }],
    ['C 101', { code: 'unknown-scheme' }],
    ['101', { code: 'unknown-scheme' }],
    // Encoded more than once: decoded once, what is left is not what the author wrote.
    ['voispeed:C%2520402', { code: 'bad-encoding' }],
    ['voispeed%253AC%2520402', { code: 'bad-encoding' }],
    ['voispeed%3AC%20402', { code: 'bad-encoding' }],
    ['web%2Bvoispeed%3AC%20101', { code: 'bad-encoding' }],
    ['web%252Bvoispeed%253AC%2520101', { code: 'bad-encoding' }],
    ['tel:%252B390212345678', { code: 'bad-encoding' }],
    ['sip:101%2540pbx', { code: 'bad-encoding' }],
    ['voispeed:S call 02%2520123', { code: 'bad-encoding' }],
    // Percent sequences that do not decode.
    ['%E0%A4%A', { code: 'bad-encoding' }],
    ['voispeed:C %zz', { code: 'bad-encoding' }],
    ['voispeed:C 101%', { code: 'bad-encoding' }],
    ['voispeed:C %C0%80', { code: 'bad-encoding' }],
    ['voispeed:C %2525252531', { code: 'bad-encoding' }],
    // Control and invisible characters, raw or encoded.
    ['voispeed:C 10\n1', { code: 'control-characters' }],
    ['voispeed:C 101\u0000', { code: 'control-characters' }],
    ['voispeed:C%20101%0D%0A', { code: 'control-characters' }],
    ['voispeed:C 101%00', { code: 'control-characters' }],
    ['voispeed:C\t101', { code: 'control-characters' }],
    ['voispeed:C 101\u007f', { code: 'control-characters' }],
    ['voispeed:C 101\u0085', { code: 'control-characters' }],
    ['voispeed:C \u202e101', { code: 'control-characters' }],
    ['voispeed:C 1\u2066 01', { code: 'control-characters' }],
    ['voispeed:C %E2%80%AE101', { code: 'control-characters' }],
    ['voispeed:C 1\u200b01', { code: 'control-characters' }],
    // tel: and sip: that say nothing dialable.
    ['tel:reception', { code: 'invalid-number', detail: 'reception' }],
    ['tel:+39 02 abc', { code: 'invalid-number', detail: '+39 02 abc' }],
    ['tel:;ext=12', { code: 'missing-number' }],
    ['tel:123;ext=abc', { code: 'invalid-number', detail: 'ext=abc' }],
    ['tel:123;ext=1;ext=2', { code: 'invalid-number', detail: 'ext=2' }],
    [
      'tel:123;<script>alert(1)</script>',
      { code: 'invalid-number', detail: '<script>alert(1)</script>' },
    ],
    ['callto:skype.user', { code: 'invalid-number', detail: 'skype.user' }],
    ['sip:pbx.example.com', { code: 'invalid-number', detail: 'pbx.example.com' }],
    ['sip:@pbx.example.com', { code: 'missing-number' }],
    ['sip:101@', { code: 'invalid-address', detail: '101@' }],
    ['sip:101@<script>', { code: 'invalid-address', detail: '101@<script>' }],
    ['sip:101@a..b', { code: 'invalid-address', detail: '101@a..b' }],
    ['sip:101@host:123456', { code: 'invalid-address', detail: '101@host:123456' }],
    ['sip:101@host;x=<y>', { code: 'invalid-address', detail: '101@host;x=<y>' }],
    ['sip:101@host;a b', { code: 'invalid-address', detail: '101@host;a b' }],
    ['sip:101@host;a="b"', { code: 'invalid-address', detail: '101@host;a="b"' }],
    ['sip:101@host>;x', { code: 'invalid-address', detail: '101@host>;x' }],
    ['sip:101@ho st', { code: 'invalid-address', detail: '101@ho st' }],
    ['sip:a b@pbx', { code: 'invalid-number', detail: 'a b' }],
  ])('%j', (input, error) => {
    expect(parseCommand(input)).toEqual({ ok: false, error });
  });

  it('refuses a huge input before decoding it', () => {
    expect(parseCommand(`voispeed:C ${'1'.repeat(MAX_LINK_LENGTH)}`)).toEqual({
      ok: false,
      error: { code: 'too-long' },
    });
    expect(parseCommand('%'.repeat(1_000_000))).toEqual({ ok: false, error: { code: 'too-long' } });
    const longest = `voispeed:C 101,${'x'.repeat(MAX_LINK_LENGTH - 15)}`;
    expect(longest).toHaveLength(MAX_LINK_LENGTH);
    expect(parseCommand(longest)).toMatchObject({ error: { code: 'invalid-extended-id' } });
  });

  it('never throws on values that are not strings at run time', () => {
    for (const value of [undefined, null, 42, {}, ['voispeed:C 101']]) {
      expect(parseCommand(value as unknown as string)).toEqual({
        ok: false,
        error: { code: 'empty' },
      });
    }
  });
});
