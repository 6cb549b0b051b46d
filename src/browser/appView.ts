// The manifest's app shortcuts open `/?view=dial` and `/?view=history`: the window then puts the
// cursor in the dial box or the history search. Reads the address; focuses by the DOM.

export const APP_VIEWS = ['dial', 'history'] as const;
export type AppView = (typeof APP_VIEWS)[number];

/** The field each view focuses, found by the class of its form (DialBox, HistorySearch). */
const FIELD: Record<AppView, string> = {
  dial: '.dial input',
  history: '.history-search input',
};

export function viewFromLocation(href: string): AppView | undefined {
  let view: string | null;
  try {
    view = new URL(href).searchParams.get('view');
  } catch {
    return undefined;
  }
  return APP_VIEWS.find((known) => known === view);
}

/**
 * Focuses the view's field once it is on screen: the first render, and the history's first page,
 * come a moment after start. Gives up after `tries` animation frames.
 */
export function focusView(view: AppView, doc: Document = document, tries = 60): void {
  const field = doc.querySelector<HTMLElement>(FIELD[view]);
  if (field) {
    field.focus();
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusView(view, doc, tries - 1));
}
