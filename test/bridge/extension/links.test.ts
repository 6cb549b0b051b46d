import { describe, expect, it } from 'vitest';
import { type ClickLike, commandLinkOfClick, isCommandLink } from '../../../bridge/extension/links';
import { MAX_LINK } from '../../../bridge/protocol/messages';

function anchor(href: string | null, localName = 'a') {
  return { localName, getAttribute: (name: string) => (name === 'href' ? href : null) };
}

function click(path: unknown[], extra: Partial<ClickLike> = {}): ClickLike {
  return {
    button: 0,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    metaKey: false,
    composedPath: () => path,
    ...extra,
  };
}

const span = { localName: 'span', getAttribute: () => null };

describe('isCommandLink', () => {
  it('knows the app’s schemes whatever their case', () => {
    for (const href of [
      'voispeed:C 101',
      'web+voispeed:C%20101',
      'tel:+390212345',
      'callto:101',
      'sip:101@pbx.example.com',
      'TEL:+39',
      'Web+VOIspeed:x',
      '  tel:101',
    ]) {
      expect(isCommandLink(href), href).toBe(true);
    }
  });

  it('leaves other links alone', () => {
    for (const href of ['https://example.com', 'mailto:a@example.com', 'telx:1', 'tel', '/tel:1']) {
      expect(isCommandLink(href), href).toBe(false);
    }
    expect(isCommandLink(undefined)).toBe(false);
  });
});

describe('commandLinkOfClick', () => {
  it('finds the anchor up the composed path, as written', () => {
    expect(commandLinkOfClick(click([span, anchor('tel:+39%2002%201234'), span]))).toBe(
      'tel:+39%2002%201234',
    );
    expect(commandLinkOfClick(click([anchor(' voispeed:C 101 ')]))).toBe('voispeed:C 101');
  });

  it('ignores modified clicks and other buttons', () => {
    const path = [anchor('tel:101')];
    expect(commandLinkOfClick(click(path, { ctrlKey: true }))).toBeUndefined();
    expect(commandLinkOfClick(click(path, { shiftKey: true }))).toBeUndefined();
    expect(commandLinkOfClick(click(path, { altKey: true }))).toBeUndefined();
    expect(commandLinkOfClick(click(path, { metaKey: true }))).toBeUndefined();
    expect(commandLinkOfClick(click(path, { button: 1 }))).toBeUndefined();
    expect(commandLinkOfClick(click(path, { button: 2 }))).toBeUndefined();
  });

  it('ignores non-links, anchors without href and other schemes', () => {
    expect(commandLinkOfClick(click([span, 'text', null, 7]))).toBeUndefined();
    expect(commandLinkOfClick(click([anchor(null)]))).toBeUndefined();
    expect(commandLinkOfClick(click([anchor('https://example.com/tel:1')]))).toBeUndefined();
    expect(commandLinkOfClick(click([anchor('tel:1', 'area')]))).toBeUndefined();
  });

  it('takes the nearest anchor with an href', () => {
    const outer = anchor('https://example.com');
    expect(commandLinkOfClick(click([anchor(null), anchor('sip:1@x'), outer]))).toBe('sip:1@x');
    expect(commandLinkOfClick(click([anchor('https://example.com'), anchor('tel:1')]))).toBe(
      undefined,
    );
  });

  it('cuts a long link to MAX_LINK', () => {
    const long = `tel:${'1'.repeat(MAX_LINK * 2)}`;
    expect(commandLinkOfClick(click([anchor(long)]))).toHaveLength(MAX_LINK);
  });
});
