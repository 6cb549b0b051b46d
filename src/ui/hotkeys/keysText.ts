// Keys as the user reads them: '⌥⇧D' on macOS, 'Alt+Shift+D' elsewhere. Touches navigator.
import { formatCombo, parseCombo } from '../../hotkeys/keyCombo';

export type KeysPlatform = 'mac' | 'other';

export function keysPlatform(nav: Navigator = navigator): KeysPlatform {
  const hint = (nav as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return /mac|iphone|ipad/i.test(hint?.platform ?? nav.platform ?? '') ? 'mac' : 'other';
}

/** The stored keys for people; text that is no combination stays as typed. */
export function keysText(keys: string, platform: KeysPlatform): string {
  const combo = parseCombo(keys);
  return combo === undefined ? keys : formatCombo(combo, platform);
}
