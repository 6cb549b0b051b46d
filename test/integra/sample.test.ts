import { describe, expect, it } from 'vitest';
import { expandRule } from '../../src/integra/expand';
import { placeholderValues } from '../../src/integra/placeholders';
import { SAMPLE_CALL_ID, sampleCall } from '../../src/integra/sample';
import { CALL_EVENTS } from '../../src/phone/types';
import { rule } from './sampleCall';

describe('sampleCall', () => {
  it.each(CALL_EVENTS)('fires a URL rule for %s, with every placeholder filled', (event) => {
    const values = placeholderValues(sampleCall(event, 0));
    expect(values['02']).toBe(event);
    expect(values['05']).toBe(SAMPLE_CALL_ID);
    const all = '!00!01!02!03!04!05!06!07!{extended_id}!{duration}!{end_cause}';
    expect(expandRule(rule(`https://crm.example.com/?all=${all}`), values)).toMatchObject({
      ok: true,
    });
    const url = expandRule(rule('https://crm.example.com/?n=!01&c=!05'), values);
    expect(url).toMatchObject({
      ok: true,
      text: `https://crm.example.com/?n=%2B390212345678&c=${encodeURIComponent(SAMPLE_CALL_ID)}`,
    });
  });

  it('is the user on 100 and a customer on +390212345678', () => {
    const { facts } = sampleCall('CALL_IN');
    expect([facts.ownExtension, facts.remoteNumber, facts.direction]).toEqual([
      '100',
      '+390212345678',
      'incoming',
    ]);
    expect(sampleCall('CALL_OUT').facts.direction).toBe('outgoing');
    expect(sampleCall('CALL_FORWARD_IN').facts.forwarded).toBe(true);
  });

  it('gives a duration and an end cause on CALL_CLOSE only', () => {
    expect(placeholderValues(sampleCall('CALL_CLOSE', 0)).duration).toBe('42');
    expect(placeholderValues(sampleCall('CALL_ACCEPT', 0)).duration).toBe('');
  });
});
