import { describe, expect, it } from 'vitest';
import { keysPlatform, keysText } from '../../src/ui/hotkeys/keysText';

const nav = (fields: object) => fields as Navigator;

describe('keysText', () => {
  it.each([
    [{ platform: 'MacIntel' }, 'mac'],
    [{ platform: 'iPad' }, 'mac'],
    [{ platform: '', userAgentData: { platform: 'macOS' } }, 'mac'],
    [{ platform: 'Win32' }, 'other'],
    [{ platform: 'Linux x86_64' }, 'other'],
    [{}, 'other'],
  ])('reads %j as %s', (fields, platform) => {
    expect(keysPlatform(nav(fields))).toBe(platform);
  });

  it('shows keys the platform way, and leaves text that is no combination as typed', () => {
    expect(keysText('Alt+Shift+D', 'mac')).toBe('⌥⇧D');
    expect(keysText('alt+shift+d', 'other')).toBe('Alt+Shift+D');
    expect(keysText('Hyper+Q', 'other')).toBe('Hyper+Q');
  });
});
