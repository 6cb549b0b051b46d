import { describe, expect, it } from 'vitest';
import type { CallStatus } from '../../../src/phone/callLine';
import { ringFor } from '../../../src/phone/media/ringChoice';

const calls = (...statuses: CallStatus[]) => statuses.map((status) => ({ status }));

describe('ringFor', () => {
  it.each([
    ['no call', calls(), 'none'],
    ['one incoming call', calls('incoming'), 'ringtone'],
    ['two incoming calls and nothing else', calls('incoming', 'incoming'), 'ringtone'],
    ['an incoming call while talking', calls('active', 'incoming'), 'call-waiting'],
    [
      'an incoming call while another is being answered',
      calls('answering', 'incoming'),
      'call-waiting',
    ],
    ['an incoming call while dialling out', calls('calling', 'incoming'), 'call-waiting'],
    ['an incoming call while ours rings out', calls('ringing', 'incoming'), 'call-waiting'],
    ['an incoming call next to one that just ended', calls('ended', 'incoming'), 'ringtone'],
    ['a live call and no incoming one', calls('active'), 'none'],
  ] as const)('%s: %s', (_name, live, ring) => {
    expect(ringFor(live)).toBe(ring);
  });
});
