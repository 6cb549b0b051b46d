import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parseCommand';
import { toPbxUrl } from '../../src/commands/pbxUrl';
import type { Command, CommandError } from '../../src/commands/types';

const MD5 = '8c7bde4622aea226d1cff593b3c26829';
const account = (more: object = {}): Command => ({
  kind: 'configure',
  account: {
    user: 'alpha39',
    domain: 'tscomm.it',
    passwordMd5: MD5,
    extension: '3939',
    url: 'wss://pbx.tscomm.it',
    url2: '',
    ...more,
  },
});

describe('autoconfiguration links', () => {
  it.each<[string, Command]>([
    [`voispeed:Ualpha39@tscomm.it,${MD5},3939,pbx.tscomm.it`, account()],
    [`voispeed: Ualpha39 @ tscomm.it, ${MD5},3939, pbx.tscomm.it `, account()],
    [`voispeed:U alpha39@TSCOMM.it,${MD5},3939,pbx.tscomm.it,`, account()],
    [
      `voispeed:ualpha39@tscomm.it,${MD5.toUpperCase()},3939,WSS://PBX.tscomm.it:8089/ws,pbx2:5066`,
      account({
        passwordMd5: MD5.toUpperCase(),
        url: 'wss://pbx.tscomm.it:8089/ws',
        url2: 'wss://pbx2:5066',
      }),
    ],
    [
      `web+voispeed:Ualpha39%40tscomm.it%2C${MD5}%2C3939%2Cws%3A%2F%2F10.0.0.5%3A8088`,
      account({ url: 'ws://10.0.0.5:8088' }),
    ],
  ])('%j is read', (input, command) => {
    expect(parseCommand(input)).toEqual({ ok: true, command });
  });

  it.each<[string, CommandError]>([
    ['voispeed:U', { code: 'invalid-account', part: 'user' }],
    ['voispeed:U@,,,', { code: 'invalid-account', part: 'user' }],
    [`voispeed:Ualpha39,${MD5},3939,pbx`, { code: 'invalid-account', part: 'domain' }],
    [
      `voispeed:U<script>@x,${MD5},1,pbx`,
      { code: 'invalid-account', part: 'user', detail: '<script>' },
    ],
    [`voispeed:Ua@b@c,${MD5},3939,pbx`, { code: 'invalid-account', part: 'domain', detail: 'b@c' }],
    ['voispeed:Ua@b.it', { code: 'invalid-account', part: 'password' }],
    ['voispeed:Ua@b.it,secret,3939,pbx', { code: 'invalid-account', part: 'password' }],
    [`voispeed:Ua@b.it,${MD5}`, { code: 'invalid-account', part: 'extension' }],
    [
      `voispeed:Ua@b.it,${MD5},39 39,pbx`,
      { code: 'invalid-account', part: 'extension', detail: '39 39' },
    ],
    [`voispeed:Ua@b.it,${MD5},3939`, { code: 'invalid-account', part: 'url' }],
    // The vendor's own example names a bare port as url1: a browser would read it as an address.
    [
      `voispeed: Ualpha39 @ tscomm.it, ${MD5},3939, 5063`,
      { code: 'invalid-account', part: 'url', detail: '5063' },
    ],
    [
      `voispeed:Ua@b.it,${MD5},3939,https://pbx`,
      { code: 'invalid-account', part: 'url', detail: 'https://pbx' },
    ],
    [
      `voispeed:Ua@b.it,${MD5},3939,wss://u:p@pbx`,
      { code: 'invalid-account', part: 'url', detail: 'wss://u:p@pbx' },
    ],
    [
      `voispeed:Ua@b.it,${MD5},3939,pbx,javascript:alert(1)`,
      { code: 'invalid-account', part: 'url2', detail: 'javascript:alert(1)' },
    ],
    [`voispeed:Ua@b.it,${MD5},3939,pbx,pbx2,pbx3`, { code: 'extra-parts', detail: 'pbx3' }],
  ])('%j is refused', (input, error) => {
    expect(parseCommand(input)).toEqual({ ok: false, error });
  });
});

describe('toPbxUrl', () => {
  it.each([
    ['pbx.example.com', 'wss://pbx.example.com'],
    ['PBX.Example.com:8089', 'wss://pbx.example.com:8089'],
    ['pbx.example.com:8089/ws', 'wss://pbx.example.com:8089/ws'],
    ['wss://pbx.example.com/ws', 'wss://pbx.example.com/ws'],
    ['ws://127.0.0.1:5066', 'ws://127.0.0.1:5066'],
    ['localhost:5066', 'wss://localhost:5066'],
    ['[2001:db8::1]:8089', 'wss://[2001:db8::1]:8089'],
    ['192.168.1.10', 'wss://192.168.1.10'],
  ])('%j becomes %j', (input, url) => {
    expect(toPbxUrl(input)).toBe(url);
  });

  it.each([
    '',
    '5063',
    ':5063',
    'pbx.10',
    'pbx.0x1f',
    '010.0.0.1',
    '256.1.1.1',
    'pbx:0',
    'pbx:65536',
    'pbx:http',
    'http://pbx',
    'sip:pbx',
    'wss://user@pbx',
    'wss://u:p@pbx',
    'pbx example.com',
    'wss://pbx/ws?token=x',
    'wss://pbx/#x',
    'wss://evil\\@pbx',
    'pbx..example.com',
    'pbx.example.com.',
    '-pbx.example.com',
    `${'a'.repeat(64)}.com`,
    'javascript:alert(1)',
  ])('%j is refused', (input) => {
    expect(toPbxUrl(input)).toBeUndefined();
  });
});
