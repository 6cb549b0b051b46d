import { describe, expect, it } from 'vitest';
import { CONNECT, fromPage, knockDecision, toPage } from '../../../bridge/extension/relay';

const APP = 'https://phone.example.com';
const knock = {
  data: { ...CONNECT },
  origin: APP,
  fromThisWindow: true,
  appOrigin: APP,
  alreadyConnected: false,
};

describe('knockDecision', () => {
  it('connects the page’s first knock on the app’s origin', () => {
    expect(knockDecision(knock)).toBe('connect');
  });

  it('answers later knocks with nothing', () => {
    expect(knockDecision({ ...knock, alreadyConnected: true })).toBe('ignore');
  });

  it('ignores other windows, origins and an unconfigured bridge', () => {
    expect(knockDecision({ ...knock, fromThisWindow: false })).toBe('ignore');
    expect(knockDecision({ ...knock, origin: 'https://evil.example' })).toBe('ignore');
    expect(knockDecision({ ...knock, origin: `${APP}:444` })).toBe('ignore');
    expect(knockDecision({ ...knock, origin: 'null' })).toBe('ignore');
    expect(knockDecision({ ...knock, appOrigin: '' })).toBe('ignore');
    expect(knockDecision({ ...knock, origin: '', appOrigin: '' })).toBe('ignore');
  });

  it('ignores anything but the exact knock', () => {
    for (const data of [
      null,
      'connect',
      { voispeedBridge: 'connect' },
      { voispeedBridge: 'connect', v: 2 },
      { voispeedBridge: 'port', v: 1 },
      { voispeedBridge: 'connect', v: 1, extra: true },
    ]) {
      expect(knockDecision({ ...knock, data }), JSON.stringify(data)).toBe('ignore');
    }
  });
});

describe('fromPage', () => {
  it('forwards known requests', () => {
    expect(fromPage({ v: 1, id: 1, type: 'hello' })).toEqual({
      action: 'forward',
      request: { v: 1, id: 1, type: 'hello' },
    });
    const run = {
      v: 1,
      id: 2,
      type: 'run',
      rule: 'crm',
      event: 'CALL_IN',
      values: { '01': '101' },
    };
    expect(fromPage(run)).toMatchObject({ action: 'forward', request: run });
  });

  it('refuses a bad request with an id by a ran reply, so the page need not wait', () => {
    expect(
      fromPage({ v: 1, id: 9, type: 'run', rule: '../x', event: 'CALL_IN', values: {} }),
    ).toEqual({
      action: 'drop',
      problem: 'rule has a bad form',
      reply: {
        v: 1,
        id: 9,
        type: 'ran',
        result: { ok: false, error: 'refused', detail: 'rule has a bad form' },
      },
    });
    expect(fromPage({ v: 1, id: 3, type: 'shell', command: 'rm -rf /' })).toMatchObject({
      action: 'drop',
      reply: { id: 3, type: 'ran', result: { ok: false, error: 'refused' } },
    });
  });

  it('drops without a reply when there is no usable id', () => {
    for (const data of [
      null,
      'hello',
      { v: 1, type: 'hello' },
      { v: 1, id: 0, type: 'x' },
      { id: 1.5 },
    ]) {
      const read = fromPage(data);
      expect(read.action, JSON.stringify(data)).toBe('drop');
      expect(read).not.toHaveProperty('reply');
    }
  });

  it('refuses a message too big to read', () => {
    const read = fromPage({ v: 1, id: 4, type: 'hello', pad: 'x'.repeat(70_000) });
    expect(read).toMatchObject({ action: 'drop', problem: expect.stringContaining('longer than') });
  });
});

describe('toPage', () => {
  it('passes checked messages and refuses the rest', () => {
    expect(toPage({ v: 1, type: 'link', link: 'tel:1' })).toEqual({
      ok: true,
      message: { v: 1, type: 'link', link: 'tel:1' },
    });
    expect(toPage({ v: 1, type: 'link', link: '' }).ok).toBe(false);
    expect(toPage({ v: 1, type: 'eval', code: '1' }).ok).toBe(false);
  });
});
