import { describe, expect, it } from 'vitest';
import { rowWindow, scrollToShow } from '../../src/ui/historyWindow';

describe('rowWindow', () => {
  it.each([
    ['the top', 0, 480, 64, 10_000, 2, { start: 0, end: 10 }],
    ['partway', 6400, 480, 64, 10_000, 2, { start: 98, end: 110 }],
    ['the bottom', 64 * 9_995, 480, 64, 10_000, 2, { start: 9_993, end: 10_000 }],
    ['past the end (stale offset after a search)', 1e9, 480, 64, 30, 2, { start: 27, end: 30 }],
    ['a short list', 0, 480, 64, 3, 6, { start: 0, end: 3 }],
    ['no rows', 0, 480, 64, 0, 6, { start: 0, end: 0 }],
    ['rubber-band scrolling', -120, 480, 64, 100, 0, { start: 0, end: 8 }],
    ['a hidden viewport', 0, 0, 64, 100, 0, { start: 0, end: 1 }],
    ['NaN offset', Number.NaN, 480, 64, 100, 0, { start: 0, end: 8 }],
    ['zero row height', 0, 480, 0, 100, 0, { start: 0, end: 0 }],
    ['negative overscan', 640, 128, 64, 100, -5, { start: 10, end: 12 }],
  ])('%s', (_, top, height, row, count, overscan, expected) => {
    expect(rowWindow(top, height, row, count, overscan)).toEqual(expected);
  });
});

describe('scrollToShow', () => {
  it.each([
    ['already in view', 3, 0, 480, 64, 0],
    ['above', 2, 640, 480, 64, 128],
    ['below', 20, 0, 480, 64, 21 * 64 - 480],
  ])('%s', (_, index, top, height, row, expected) => {
    expect(scrollToShow(index, top, height, row)).toBe(expected);
  });
});
