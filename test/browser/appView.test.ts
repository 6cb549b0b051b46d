// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { focusView, viewFromLocation } from '../../src/browser/appView';

const APP = 'https://phone.example.com/';

afterEach(() => {
  document.body.replaceChildren();
});

describe('viewFromLocation', () => {
  it.each([
    [`${APP}?view=dial`, 'dial'],
    [`${APP}?view=history`, 'history'],
    [`${APP}?uri=voispeed:101&view=history`, 'history'],
    [APP, undefined],
    [`${APP}?view=settings`, undefined],
    [`${APP}?view=DIAL`, undefined],
    [`${APP}?view=__proto__`, undefined],
    ['not a url', undefined],
  ])('%s → %s', (href, view) => {
    expect(viewFromLocation(href)).toBe(view);
  });
});

describe('focusView', () => {
  it('focuses the dial box or the history search', () => {
    document.body.innerHTML =
      '<form class="dial"><input id="n"></form><div class="history-search"><input id="s"></div>';
    focusView('dial');
    expect(document.activeElement?.id).toBe('n');
    focusView('history');
    expect(document.activeElement?.id).toBe('s');
  });

  it('waits for the field to appear', async () => {
    focusView('history');
    document.body.innerHTML = '<div class="history-search"><input id="s"></div>';
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement?.id).toBe('s');
  });
});
