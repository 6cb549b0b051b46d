// Which rows of a long list of equal-height rows to render: those in view plus a margin, so that
// 100,000 calls cost the DOM a few dozen rows.

/** Rows [start, end) of the list. */
export interface RowWindow {
  start: number;
  end: number;
}

/**
 * The rows in view for a scroll position, with `overscan` more on each side so that a fast
 * scroll does not show blank space before the next render.
 */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan: number,
): RowWindow {
  const rows = Math.max(0, Math.floor(count));
  // Rubber-band scrolling reports negative offsets, and a hidden element reports no height.
  if (!(rowHeight > 0) || rows === 0) return { start: 0, end: 0 };
  const top = Number.isFinite(scrollTop) ? Math.max(0, scrollTop) : 0;
  const height = Number.isFinite(viewportHeight) ? Math.max(0, viewportHeight) : 0;
  const margin = Math.max(0, Math.floor(overscan));
  const first = Math.min(rows - 1, Math.floor(top / rowHeight));
  const last = Math.min(rows, Math.ceil((top + height) / rowHeight));
  return {
    start: Math.max(0, first - margin),
    end: Math.min(rows, Math.max(first + 1, last) + margin),
  };
}

/** The scroll offset that brings row `index` fully into view, moving as little as possible. */
export function scrollToShow(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return scrollTop;
}
