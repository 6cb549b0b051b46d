import { describe, expect, it } from 'vitest';
import { type ChannelMessage, readMessage } from '../../src/browser/linkMessages';

const ID = '0b6c2a3e-6f0e-4f55-9a53-3f1f5d9c1e20';

describe('readMessage accepts', () => {
  it.each<ChannelMessage>([
    { type: 'who-leads' },
    { type: 'leader-here' },
    { type: 'link', id: ID, link: 'web+voispeed:C%20101' },
    { type: 'link', id: 'a', link: '' },
    { type: 'link', id: ID, link: 'x'.repeat(4096) },
    { type: 'received', id: ID },
    { type: 'result', id: ID, ok: true, message: 'Calling 101' },
    { type: 'result', id: ID, ok: false, message: '' },
  ])('%j', (message) => {
    expect(readMessage(message)).toEqual(message);
  });
});

describe('readMessage ignores', () => {
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
      ownKeys() {
        throw new Error('trap');
      },
    },
  );
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'link'],
    ['a number', 7],
    ['an array', ['link', ID, 'voispeed:101']],
    ['no type', { id: ID, link: 'voispeed:101' }],
    ['an unknown type', { type: 'dial', id: ID, link: 'voispeed:101' }],
    ['a type that is not a string', { type: ['link'], id: ID, link: 'voispeed:101' }],
    ['an extra field on a ping', { type: 'who-leads', id: ID }],
    ['an extra field on a link', { type: 'link', id: ID, link: 'voispeed:101', run: true }],
    ['a missing link', { type: 'link', id: ID }],
    ['a link that is not a string', { type: 'link', id: ID, link: 101 }],
    ['a link object', { type: 'link', id: ID, link: { toString: () => 'voispeed:101' } }],
    ['a huge link', { type: 'link', id: ID, link: 'x'.repeat(4097) }],
    ['an empty id', { type: 'link', id: '', link: 'voispeed:101' }],
    ['a long id', { type: 'link', id: 'a'.repeat(65), link: 'voispeed:101' }],
    ['an id with markup', { type: 'received', id: '<img src=x onerror=alert(1)>' }],
    ['an id that is a number', { type: 'received', id: 42 }],
    ['ok as a string', { type: 'result', id: ID, ok: 'true', message: '' }],
    ['a missing message', { type: 'result', id: ID, ok: true }],
    ['a message that is not a string', { type: 'result', id: ID, ok: true, message: 1 }],
    ['a huge message', { type: 'result', id: ID, ok: true, message: 'x'.repeat(501) }],
    ['a result with extra fields', { type: 'result', id: ID, ok: true, message: '', html: '<b>' }],
    ['a Proxy that throws', hostile],
  ])('%s', (_name, data) => {
    expect(readMessage(data)).toBeUndefined();
  });
});
