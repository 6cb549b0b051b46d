// The role and label queries of the Firefox driver, run inside the page: the few implicit ARIA
// roles and accessible names the app's UI contract uses, as Playwright's getByRole and getByLabel
// resolve them. A string, so no transpiler helper leaks into the page.

/** One step of a locator chain, each searched inside the elements the previous step found. */
export type LocateStep =
  | { kind: 'role'; role: string; name?: TextMatch; exact?: boolean }
  | { kind: 'label'; label: TextMatch; exact?: boolean }
  | { kind: 'text'; text: TextMatch }
  | { kind: 'first' };

/** A string, or a RegExp sent as its source and flags. */
export type TextMatch = string | { source: string; flags: string };

/** `(steps) => Element[]`, visible elements only, in document order. */
export const LOCATE = `(steps) => {
  const IMPLICIT = {
    BUTTON: 'button', TEXTAREA: 'textbox', FORM: 'form', FIELDSET: 'group', UL: 'list',
    OL: 'list', LI: 'listitem', DIALOG: 'dialog', OUTPUT: 'status', H1: 'heading', H2: 'heading',
    H3: 'heading', H4: 'heading', NAV: 'navigation', MAIN: 'main', TABLE: 'table',
  };
  const INPUT = {
    button: 'button', submit: 'button', reset: 'button', checkbox: 'checkbox', radio: 'radio',
    text: 'textbox', email: 'textbox', tel: 'textbox', url: 'textbox', search: 'searchbox',
    number: 'spinbutton', '': 'textbox',
  };
  const clean = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const textOf = (el) => {
    let out = '';
    for (const node of el.childNodes) {
      if (node.nodeType === 3) out += node.textContent;
      else if (node.nodeType === 1 && !hidden(node)) {
        out += ' ' + (node.getAttribute('aria-label') || textOf(node)) + ' ';
      }
    }
    return out;
  };
  const hidden = (el) => {
    if (el.closest('[aria-hidden="true"], [hidden]')) return true;
    const style = getComputedStyle(el);
    return style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0 && style.display !== 'contents';
  };
  const roleOf = (el) => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(' ')[0];
    const tag = el.tagName;
    if (tag === 'INPUT') return INPUT[(el.getAttribute('type') || '').toLowerCase()] || null;
    if (tag === 'SELECT') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    if (tag === 'A') return el.hasAttribute('href') ? 'link' : null;
    if (tag === 'SECTION') return nameOf(el) ? 'region' : null;
    if (tag === 'FORM') return nameOf(el) ? 'form' : null;
    return IMPLICIT[tag] || null;
  };
  const byIds = (el, attr) => (el.getAttribute(attr) || '').split(/\\s+/).filter(Boolean)
    .map((id) => document.getElementById(id)).filter(Boolean);
  const labelOf = (el) => {
    const ids = byIds(el, 'aria-labelledby');
    if (ids.length) return clean(ids.map((n) => textOf(n)).join(' '));
    const aria = el.getAttribute('aria-label');
    if (aria) return clean(aria);
    if (el.labels && el.labels.length) return clean([...el.labels].map((l) => textOf(l)).join(' '));
    return '';
  };
  const nameOf = (el) => {
    const label = labelOf(el);
    if (label) return label;
    const tag = el.tagName;
    if (tag === 'FIELDSET') {
      const legend = el.querySelector(':scope > legend');
      if (legend) return clean(textOf(legend));
    }
    if (tag === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type)) return clean(el.value);
    if (['BUTTON', 'A', 'LI', 'H1', 'H2', 'H3', 'H4', 'OPTION', 'SUMMARY'].includes(tag) ||
        ['button', 'link', 'checkbox', 'tab', 'menuitem', 'option', 'heading'].includes(el.getAttribute('role'))) {
      return clean(textOf(el));
    }
    return clean(el.getAttribute('title') || '');
  };
  const matches = (value, match, exact) => {
    if (typeof match !== 'string') return new RegExp(match.source, match.flags).test(value);
    return exact ? value === match : value.toLowerCase().includes(clean(match).toLowerCase());
  };
  let found = [document.documentElement];
  for (const step of steps) {
    if (step.kind === 'first') {
      found = found.slice(0, 1);
      continue;
    }
    const next = new Set();
    for (const scope of found) {
      if (step.kind === 'text') {
        if (matches(clean(textOf(scope)), step.text, false)) next.add(scope);
        continue;
      }
      for (const el of scope.querySelectorAll('*')) {
        if (step.kind === 'role') {
          if (roleOf(el) !== step.role) continue;
          if (step.name !== undefined && !matches(nameOf(el), step.name, step.exact)) continue;
        } else {
          const label = labelOf(el);
          if (!label || !matches(label, step.label, step.exact)) continue;
        }
        if (!hidden(el)) next.add(el);
      }
    }
    found = [...next];
  }
  return found;
}`;
