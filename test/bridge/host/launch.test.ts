import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../../bridge/host/config';
import { forCaller, isTrusted, launchOf } from '../../../bridge/host/launch';

const SUB = ['open', 'install', 'test', 'rule', 'rules'];
const ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('launchOf', () => {
  it('reads a Chromium launch, with the Windows parent window', () => {
    const caller = { browser: 'chromium', id: ID };
    expect(launchOf([`chrome-extension://${ID}/`], SUB)).toEqual({ kind: 'browser', caller });
    expect(launchOf([`chrome-extension://${ID}/`, '--parent-window=1234'], SUB)).toEqual({
      kind: 'browser',
      caller,
    });
  });

  it('refuses a forged or odd Chromium launch', () => {
    for (const args of [
      ['chrome-extension://x/'],
      [`chrome-extension://${ID}/evil`],
      [`chrome-extension://${ID}/`, '--parent-window=1; rm'],
      [`chrome-extension://${ID}/`, 'a', 'b'],
    ]) {
      expect(launchOf(args, SUB).kind).toBe('bad');
    }
  });

  it('reads a Firefox launch', () => {
    expect(
      launchOf(
        [
          '/home/u/.mozilla/native-messaging-hosts/com.voispeed.bridge.json',
          'bridge@voispeed.example',
        ],
        SUB,
      ),
    ).toEqual({
      kind: 'browser',
      caller: { browser: 'firefox', id: 'bridge@voispeed.example' },
    });
    expect(
      launchOf(['C:\\x\\com.voispeed.bridge.JSON', '{12345678-1234-1234-1234-123456789abc}'], SUB)
        .kind,
    ).toBe('browser');
    expect(launchOf(['manifest.json', 'not an id'], SUB).kind).toBe('bad');
  });

  it('leaves subcommands to the CLI', () => {
    expect(launchOf([], SUB)).toEqual({ kind: 'cli' });
    expect(launchOf(['open', 'voispeed:C 101'], SUB)).toEqual({ kind: 'cli' });
    expect(launchOf(['test', 'crm-log'], SUB)).toEqual({ kind: 'cli' });
    expect(launchOf(['rules'], SUB)).toEqual({ kind: 'cli' });
  });
});

describe('isTrusted', () => {
  it('trusts the built-in ids and the config’s, nobody else', () => {
    const config = {
      ...emptyConfig(),
      extensions: { chromium: [ID], firefox: ['me@example.org'] },
    };
    expect(isTrusted({ browser: 'chromium', id: ID }, config.extensions)).toBe(true);
    expect(
      isTrusted(
        { browser: 'chromium', id: 'fhfkpgilldaenfbobfpehcccnggfkhmo' },
        emptyConfig().extensions,
      ),
    ).toBe(true);
    expect(isTrusted({ browser: 'firefox', id: 'me@example.org' }, config.extensions)).toBe(true);
    expect(isTrusted({ browser: 'chromium', id: ID }, emptyConfig().extensions)).toBe(false);
    expect(isTrusted({ browser: 'firefox', id: ID }, config.extensions)).toBe(false);
  });
});

describe('forCaller', () => {
  it('turns a config that no longer lists the caller into a refusal', () => {
    const caller = { browser: 'chromium' as const, id: ID };
    const listed = {
      ok: true as const,
      config: { ...emptyConfig(), extensions: { chromium: [ID], firefox: [] } },
    };
    expect(forCaller(caller, listed)).toBe(listed);
    expect(forCaller(caller, { ok: true, config: emptyConfig() })).toEqual({
      ok: false,
      problem: `chrome-extension://${ID}/ is no longer allowed by the config file`,
    });
  });
});
