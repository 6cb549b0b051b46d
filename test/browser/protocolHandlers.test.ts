import { describe, expect, it, vi } from 'vitest';
import { handlerUrl, registerLinkHandlers } from '../../src/browser/protocolHandlers';

const ORIGIN = 'https://phone.example.com';

describe('registerLinkHandlers', () => {
  it('asks for web+voispeed, tel and sip, all to /?uri=%s', () => {
    const registerProtocolHandler = vi.fn();
    expect(registerLinkHandlers({ registerProtocolHandler }, ORIGIN)).toEqual({
      'web+voispeed': 'requested',
      tel: 'requested',
      sip: 'requested',
    });
    expect(registerProtocolHandler.mock.calls).toEqual([
      ['web+voispeed', `${ORIGIN}/?uri=%s`],
      ['tel', `${ORIGIN}/?uri=%s`],
      ['sip', `${ORIGIN}/?uri=%s`],
    ]);
  });

  it('says unsupported where the API is missing', () => {
    expect(registerLinkHandlers({}, ORIGIN)).toEqual({
      'web+voispeed': 'unsupported',
      tel: 'unsupported',
      sip: 'unsupported',
    });
  });

  it('tells a scheme the browser does not allow from a refusal', () => {
    const registerProtocolHandler = (scheme: string) => {
      if (scheme === 'sip') throw new DOMException('not allowed', 'SyntaxError');
      if (scheme === 'tel') throw new DOMException('insecure', 'SecurityError');
    };
    expect(registerLinkHandlers({ registerProtocolHandler }, ORIGIN)).toEqual({
      'web+voispeed': 'requested',
      tel: 'refused',
      sip: 'unsupported',
    });
  });

  it('counts anything else thrown as refused', () => {
    const registerProtocolHandler = () => {
      throw 'odd';
    };
    expect(registerLinkHandlers({ registerProtocolHandler }, ORIGIN).tel).toBe('refused');
  });

  it('builds the handler address from the origin', () => {
    expect(handlerUrl(ORIGIN)).toBe(`${ORIGIN}/?uri=%s`);
    expect(handlerUrl(`${ORIGIN}/`)).toBe(`${ORIGIN}/?uri=%s`);
    expect(handlerUrl('http://localhost:5173')).toBe('http://localhost:5173/?uri=%s');
  });
});
