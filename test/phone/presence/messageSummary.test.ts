// message-summary bodies (RFC 3842) as voicemail servers send them, and hostile ones.
import { describe, expect, it } from 'vitest';
import {
  MAX_COUNT,
  MAX_SUMMARY_CHARS,
  parseMessageSummary,
} from '../../../src/phone/presence/messageSummary';

describe('parseMessageSummary', () => {
  it.each([
    ['waiting with counts', 'Messages-Waiting: yes\r\nVoice-Message: 2/8\r\n', true, 2, 8],
    [
      'an account and urgent counts',
      'Messages-Waiting: yes\r\nMessage-Account: sip:*97@pbx\r\nVoice-Message: 1/0 (1/0)\r\n',
      true,
      1,
      0,
    ],
    ['nothing waiting', 'Messages-Waiting: no\r\n', false, 0, 0],
    ['lower case and LF lines', 'messages-waiting: YES\nvoice-message: 3/1\n', true, 3, 1],
    ['other media counted apart', 'Messages-Waiting: yes\r\nFax-Message: 4/0\r\n', true, 0, 0],
    [
      'a count over the badge',
      'Messages-Waiting: yes\r\nVoice-Message: 123456789/0\r\n',
      true,
      MAX_COUNT,
      0,
    ],
  ])('reads %s', (_name, body, waiting, newMessages, oldMessages) => {
    expect(parseMessageSummary(body)).toEqual({ waiting, newMessages, oldMessages });
  });

  it.each([
    ['empty', ''],
    ['no Messages-Waiting', 'Voice-Message: 2/8\r\n'],
    ['a bad Messages-Waiting', 'Messages-Waiting: maybe\r\n'],
    ['a bad count', 'Messages-Waiting: yes\r\nVoice-Message: two/8\r\n'],
    ['a negative count', 'Messages-Waiting: yes\r\nVoice-Message: -2/8\r\n'],
    ['a count too long', `Messages-Waiting: yes\r\nVoice-Message: ${'9'.repeat(20)}/0\r\n`],
    ['markup in a count', 'Messages-Waiting: yes\r\nVoice-Message: <b>2</b>/8\r\n'],
    ['over the size limit', `Messages-Waiting: yes\r\nX: ${'x'.repeat(MAX_SUMMARY_CHARS)}\r\n`],
  ])('refuses %s', (_name, body) => {
    expect(parseMessageSummary(body)).toBeUndefined();
  });
});
