// @vitest-environment jsdom
// The page edges the verbs use: the selection before the clipboard, the clipboard's refusals in
// words, the dial box, and post-dial digits sent on Phone's own "answered" event.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verbEdges } from '../../src/app/verbEdges';
import { Phone } from '../../src/phone/phone';
import { showScreen, useScreenStore } from '../../src/store/screenStore';
import { ACCOUNT, FakeSip } from '../phone/fakeSip';

function setClipboard(readText: (() => Promise<string>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    value: readText ? { readText } : undefined,
    configurable: true,
  });
}

function select(text: string) {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  window.getSelection()?.removeAllRanges();
  window.getSelection()?.addRange(range);
}

function registeredPhone() {
  const sip = new FakeSip();
  const phone = new Phone(sip);
  phone.register(ACCOUNT);
  sip.listener?.registration({ state: 'registered', reason: '', url: ACCOUNT.url });
  return { sip, phone, edges: verbEdges(phone) };
}

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  window.getSelection()?.removeAllRanges();
  setClipboard(undefined);
});

describe('the selection or the clipboard', () => {
  it('takes the selected text, without reading the clipboard', async () => {
    const readText = vi.fn(async () => '999');
    setClipboard(readText);
    select('Tel. 101 (desk)');
    expect(await registeredPhone().edges.selectionOrClipboard()).toEqual({
      ok: true,
      text: 'Tel. 101 (desk)',
    });
    expect(readText).not.toHaveBeenCalled();
  });

  it('reads the clipboard when nothing is selected', async () => {
    setClipboard(async () => '+39 02 6161616');
    expect(await registeredPhone().edges.selectionOrClipboard()).toEqual({
      ok: true,
      text: '+39 02 6161616',
    });
  });

  it.each([
    [
      'refused',
      async () => Promise.reject(new DOMException('no', 'NotAllowedError')),
      'clipboardRefused',
    ],
    ['empty', async () => '  ', 'clipboardEmpty'],
    ['unavailable', undefined, 'clipboardUnavailable'],
  ])('says why when the clipboard is %s', async (_, readText, error) => {
    setClipboard(readText);
    expect(await registeredPhone().edges.selectionOrClipboard()).toEqual({ ok: false, error });
  });
});

describe('post-dial digits', () => {
  it('are sent once, when the call is answered', () => {
    const { sip, phone, edges } = registeredPhone();
    const placed = phone.dial('0212345');
    if (!placed.ok) throw new Error('not placed');
    edges.whenAnswered(placed.callId, '42');
    const call = sip.placed[0];
    call?.play({ type: 'accepted' });
    call?.play({ type: 'accepted' });
    expect(call?.actions.filter((a) => a.startsWith('dtmf'))).toEqual(['dtmf 42']);
  });

  it('are dropped when the call ends unanswered', () => {
    const { sip, phone, edges } = registeredPhone();
    const placed = phone.dial('0212345');
    if (!placed.ok) throw new Error('not placed');
    edges.whenAnswered(placed.callId, '42');
    const call = sip.placed[0];
    call?.play({ type: 'ended', cause: 'busy' });
    expect(call?.actions.some((a) => a.startsWith('dtmf'))).toBe(false);
  });
});

describe('the dial box', () => {
  it('takes the focus, on the home screen', () => {
    showScreen('settings');
    document.body.innerHTML = '<form class="dial"><input></form>';
    registeredPhone().edges.focusDialBox();
    expect(document.activeElement?.tagName).toBe('INPUT');
    expect(useScreenStore.getState().chosen).toBe('home');
  });
});
