// What an INVITE asks of auto-answer, header by header, hostile values included; and how the
// setting and the ask make the delay.
import { describe, expect, it } from 'vitest';
import {
  type AnswerHeaders,
  autoAnswerDelayMs,
  DEFAULT_AUTO_ANSWER,
  delaySecondsOf,
  pbxAnswerAfterMs,
} from '../../src/phone/autoAnswer';
import { incomingCallFacts } from '../../src/phone/sip/callFacts';

const none: AnswerHeaders = { callInfo: [], alertInfo: [], answerMode: [] };
const callInfo = (...values: string[]) => pbxAnswerAfterMs({ ...none, callInfo: values });
const alertInfo = (...values: string[]) => pbxAnswerAfterMs({ ...none, alertInfo: values });
const answerMode = (...values: string[]) => pbxAnswerAfterMs({ ...none, answerMode: values });

describe('pbxAnswerAfterMs: Call-Info answer-after', () => {
  it.each([
    ['<sip:pbx.example>;answer-after=0', 0],
    ['<sip:pbx.example>;answer-after=5', 5000],
    ['<sip:pbx.example>;Answer-After=2', 2000],
    ['<sip:pbx.example>;ANSWER-AFTER = 3', 3000],
    ['<sip:pbx.example>;answer-after="4"', 4000],
    ['<sip:pbx.example> ; answer-after=1 ; purpose=info', 1000],
    ['<sip:pbx.example;answer-after=9>;answer-after=1', 1000],
    ['answer-after=0', 0],
    ['<sip:pbx.example>;answer-after=0060', 60_000],
    ['<sip:pbx.example>;answer-after=60', 60_000],
  ])('%s → %s ms', (value, ms) => expect(callInfo(value)).toBe(ms));

  it.each([
    '<sip:pbx.example>',
    '<http://pbx.example/photo.png>;purpose=icon',
    // Inside the URI it is the URI's, not the header's.
    '<sip:pbx.example;answer-after=0>',
    '<sip:pbx.example>;answer-after',
    '<sip:pbx.example>;answer-after=',
    '<sip:pbx.example>;answer-after=-1',
    '<sip:pbx.example>;answer-after=1.5',
    '<sip:pbx.example>;answer-after=1e3',
    '<sip:pbx.example>;answer-after=0x10',
    '<sip:pbx.example>;answer-after=soon',
    '<sip:pbx.example>;answer-after=61',
    '<sip:pbx.example>;answer-after=99999999999999999999',
    `<sip:pbx.example>;answer-after=${'9'.repeat(5000)}`,
    '<sip:pbx.example>;answer-after=0\r\nX-Evil: 1',
    '<sip:pbx.example>;answer-after=Infinity',
    '<sip:pbx.example>;answer-after=NaN',
    '<sip:pbx.example>;answer-after= 1 2',
    '<sip:pbx.example>;answer-after="0',
    `<sip:pbx.example>;${'x'.repeat(600)};answer-after=0`,
    '',
  ])('%s asks nothing', (value) => expect(callInfo(value)).toBeUndefined());

  it('takes the soonest of several values, skipping the bad ones', () => {
    expect(
      callInfo(
        '<http://pbx.example/photo.png>;purpose=icon',
        '<sip:pbx.example>;answer-after=nope',
        '<sip:pbx.example>;answer-after=7',
        '<sip:pbx.example>;answer-after=2',
      ),
    ).toBe(2000);
  });

  it('counts the first of a repeated parameter', () => {
    expect(callInfo('<sip:pbx.example>;answer-after=8;answer-after=0')).toBe(8000);
  });
});

describe('pbxAnswerAfterMs: Alert-Info and Answer-Mode', () => {
  it.each([
    ['auto-answer', 0],
    ['Auto Answer', 0],
    ['autoanswer', 0],
    ['Ring Answer', 0],
    ['intercom', 0],
    ['"auto-answer"', 0],
    ['info=alert-autoanswer', 0],
    ['<http://www.notused.com>;info=alert-autoanswer', 0],
    ['<http://www.notused.com>;info=alert-autoanswer;delay=0', 0],
    ['<http://www.notused.com>;info=alert-autoanswer;delay=3', 3000],
    ['<http://www.notused.com>;INFO=Alert-AutoAnswer', 0],
    ['<http://pbx.example>;info=intercom', 0],
    ['<http://pbx.example>;info="auto answer"', 0],
  ])('Alert-Info: %s → %s ms', (value, ms) => expect(alertInfo(value)).toBe(ms));

  it.each([
    '<http://pbx.example/ring.wav>',
    '<http://pbx.example/auto-answer>',
    '<http://pbx.example>;info=alert-external',
    'info=ring1',
    'ringtone-2',
    'auto-answer-please',
    'x=auto-answer',
    // A delay that is no number is not believed, nor is the ask that goes with it.
    '<http://www.notused.com>;info=alert-autoanswer;delay=-5',
    '<http://www.notused.com>;info=alert-autoanswer;delay=999',
    `<http://www.notused.com>;info=alert-autoanswer;${'y'.repeat(600)}`,
  ])('Alert-Info: %s asks nothing', (value) => expect(alertInfo(value)).toBeUndefined());

  it.each([
    ['Auto', 0],
    ['auto;require', 0],
    [' AUTO ', 0],
  ])('Answer-Mode: %s → %s ms', (value, ms) => expect(answerMode(value)).toBe(ms));

  it.each(['Manual', 'autonomous', '', 'Auto, Manual'])('Answer-Mode: %s asks nothing', (value) =>
    expect(answerMode(value)).toBeUndefined(),
  );

  it('never throws on what is no text at all', () => {
    const junk = [null, 42, {}, undefined] as unknown as string[];
    expect(pbxAnswerAfterMs({ callInfo: junk, alertInfo: junk, answerMode: junk })).toBeUndefined();
  });
});

describe('the INVITE, as the SIP edge reads it', () => {
  const invite = (...extra: string[]) =>
    [
      'INVITE sip:101@client.invalid;transport=ws SIP/2.0',
      'Via: SIP/2.0/WSS 192.0.2.10;branch=z9hG4bKx',
      'From: <sip:100@pbx.example>;tag=a',
      'To: <sip:101@pbx.example>',
      'Call-ID: aa@host',
      'CSeq: 1 INVITE',
      ...extra,
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n');
  const ask = (...extra: string[]) =>
    incomingCallFacts(invite(...extra), '101', 0).pbxAnswerAfterMs;

  it('reads every element of every Call-Info and Alert-Info header, not only the first', () => {
    expect(ask('Call-Info: <http://x/photo>;purpose=icon, <sip:pbx>;answer-after=0')).toBe(0);
    expect(
      ask('Call-Info: <http://x/photo>;purpose=icon', 'Call-Info: <sip:p>;answer-after=4'),
    ).toBe(4000);
    expect(ask('Alert-Info: <http://x/ring.wav>, <http://x>;info=alert-autoanswer')).toBe(0);
    expect(ask('Answer-Mode: Auto')).toBe(0);
  });

  it('leaves the fact out of a call that asks nothing', () => {
    const facts = incomingCallFacts(invite('Call-Info: <http://x/p>;purpose=icon'), '101', 0);
    expect(facts).not.toHaveProperty('pbxAnswerAfterMs');
    expect(facts.headers['call-info']).toBe('<http://x/p>;purpose=icon');
  });
});

describe('autoAnswerDelayMs', () => {
  it.each([
    [{ mode: 'off', delaySeconds: 3 }, undefined, undefined],
    [{ mode: 'off', delaySeconds: 3 }, 0, undefined],
    [{ mode: 'always', delaySeconds: 3 }, undefined, 3000],
    [{ mode: 'always', delaySeconds: 0 }, undefined, 0],
    [{ mode: 'always', delaySeconds: 10 }, 2000, 2000],
    [{ mode: 'always', delaySeconds: 1 }, 5000, 1000],
    [{ mode: 'pbx', delaySeconds: 3 }, undefined, undefined],
    [{ mode: 'pbx', delaySeconds: 3 }, 0, 0],
    [{ mode: 'pbx', delaySeconds: 3 }, 8000, 8000],
  ] as const)('%o with the PBX asking %s → %s', (settings, ask, ms) =>
    expect(autoAnswerDelayMs(settings, ask)).toBe(ms),
  );

  it('is off by default', () => expect(autoAnswerDelayMs(DEFAULT_AUTO_ANSWER, 0)).toBeUndefined());
});

describe('delaySecondsOf', () => {
  it.each([
    [0, 0],
    [60, 60],
    ['3', 3],
    [' 12 ', 12],
    ['007', 7],
  ] as const)('%o → %s', (input, seconds) => expect(delaySecondsOf(input)).toBe(seconds));

  it.each([
    -1,
    61,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    'three',
    '1.5',
    '-1',
    '61',
    null,
    true,
    {},
  ])('%o is refused', (input) => expect(delaySecondsOf(input)).toBeUndefined());
});
