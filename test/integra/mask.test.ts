import { describe, expect, it } from 'vitest';
import { looksSecret, maskSecrets } from '../../src/integra/mask';

describe('maskSecrets', () => {
  it.each([
    ['https://crm.example.com/?n=100', 'https://crm.example.com/?n=100'],
    ['https://bob:s3cret@crm.example.com/pop', 'https://bob:***@crm.example.com/pop'],
    ['https://bob:p@ss@crm.example.com/', 'https://bob:***@crm.example.com/'],
    ['https://bob@crm.example.com/', 'https://bob@crm.example.com/'],
    ['https://crm/?n=1&token=abc&x=2', 'https://crm/?n=1&token=***&x=2'],
    ['https://crm/?API_KEY=abc', 'https://crm/?API_KEY=***'],
    ['https://crm/?apiKey=abc#top', 'https://crm/?apiKey=***#top'],
    ['https://crm/?access_token=abc&sig=zz', 'https://crm/?access_token=***&sig=***'],
    ['https://crm/?x-api-key=abc;pwd=1', 'https://crm/?x-api-key=***;pwd=***'],
    ['https://crm/#access_token=abc', 'https://crm/#access_token=***'],
    ['https://crm/?password=&n=1', 'https://crm/?password=&n=1'],
    ['https://crm/?author=me&passenger=2&monkey=3', 'https://crm/?author=me&passenger=2&monkey=3'],
    ['https://crm/?Signature=abc%3D&n=%2B39', 'https://crm/?Signature=***&n=%2B39'],
    [
      'curl -u x https://a:b@h/ --password=xyz auth=q',
      'curl -u x https://a:***@h/ --password=*** auth=***',
    ],
    [
      'https://u:p@a.example/?key=1 https://b.example/?secret=2',
      'https://u:***@a.example/?key=*** https://b.example/?secret=***',
    ],
    ['', ''],
  ])('%s → %s', (text, masked) => {
    expect(maskSecrets(text)).toBe(masked);
  });

  it('handles a long text quickly', () => {
    const text = `https://crm/?${'a=b&'.repeat(20_000)}token=x`;
    expect(maskSecrets(text).endsWith('token=***')).toBe(true);
  });
});

describe('looksSecret', () => {
  it.each([
    ['password', true],
    ['PASS', true],
    ['client_secret', true],
    ['sessionToken', true],
    ['api-key', true],
    ['ApiKey', true],
    ['auth', true],
    ['number', false],
    ['keyboard', false],
    ['signal', false],
  ])('%s is %s', (name, expected) => {
    expect(looksSecret(name)).toBe(expected);
  });
});
