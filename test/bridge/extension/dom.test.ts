// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { commandLinkOfClick } from '../../../bridge/extension/links';
import { readSelection } from '../../../bridge/extension/selection';

afterEach(() => {
  document.body.replaceChildren();
});

/** Clicks the element and reads the click as the content script's capture listener would. */
function clickAndRead(target: Element, init: MouseEventInit = {}): string | undefined {
  let link: string | undefined;
  const listener = (event: MouseEvent) => {
    link = commandLinkOfClick(event);
  };
  window.addEventListener('click', listener, true);
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, ...init }));
  window.removeEventListener('click', listener, true);
  return link;
}

describe('clicks in a real DOM', () => {
  it('finds a link from a click on its child, as written in the href', () => {
    document.body.innerHTML = '<a href="TEL:+39%2002%201234"><b id="inner">call</b></a>';
    const inner = document.getElementById('inner');
    if (!inner) throw new Error('no #inner');
    expect(clickAndRead(inner)).toBe('TEL:+39%2002%201234');
    expect(clickAndRead(inner, { ctrlKey: true })).toBeUndefined();
  });

  it('reaches into an open shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<a href="sip:101@pbx.example.com"><span>101</span></a>';
    const span = root.querySelector('span');
    if (!span) throw new Error('no span');
    expect(clickAndRead(span)).toBe('sip:101@pbx.example.com');
  });

  it('leaves ordinary links and text alone', () => {
    document.body.innerHTML = '<a id="web" href="https://example.com/">x</a><p id="p">+39 02</p>';
    for (const id of ['web', 'p']) {
      const element = document.getElementById(id);
      if (!element) throw new Error(id);
      expect(clickAndRead(element), id).toBeUndefined();
    }
  });
});

describe('readSelection', () => {
  it('reads the selection in a text field, which getSelection leaves out', () => {
    document.body.innerHTML = '<input id="field" value="call +39 02 1234 now">';
    const field = document.getElementById('field');
    if (!(field instanceof HTMLInputElement)) throw new Error('no field');
    field.focus();
    field.setSelectionRange(5, 16);
    expect(readSelection()).toBe('+39 02 1234');
  });

  it('reads the page selection otherwise', () => {
    document.body.innerHTML = '<p id="p">+39 02 5678</p>';
    const p = document.getElementById('p');
    if (!p) throw new Error('no p');
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    expect(readSelection()).toBe('+39 02 5678');
  });
});
