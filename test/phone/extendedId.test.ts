import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXTENDED_ID_HEADER,
  extendedIdHeaderLine,
  isExtendedIdHeaderName,
} from '../../src/phone/extendedId';

describe('extendedIdHeaderLine', () => {
  it.each([
    [DEFAULT_EXTENDED_ID_HEADER, 'CRM-42', 'X-Extended-ID: CRM-42'],
    ['X-Customer', ' 7 ', 'X-Customer: 7'],
    ['X-Customer', 'order 12/3', 'X-Customer: order 12/3'],
    // Hostile values and names: nothing that could end the header or replace one JsSIP writes.
    ['X-Customer', 'a\r\nVia: evil', undefined],
    ['X-Customer', 'a\nb', undefined],
    ['X-Customer', '', undefined],
    ['X-Customer', 'x'.repeat(65), undefined],
    ['X-Customer', 'caffè', undefined],
    ['Call-ID', '1', undefined],
    ['via', '1', undefined],
    ['X Customer', '1', undefined],
    ['X-Customer:', '1', undefined],
    ['', '1', undefined],
  ])('%s / %j → %s', (name, id, line) => {
    expect(extendedIdHeaderLine(name, id)).toBe(line);
  });

  it('accepts the token characters of RFC 3261 in a name', () => {
    expect(isExtendedIdHeaderName("X-A.b_c!%'*+`~")).toBe(true);
    expect(isExtendedIdHeaderName('X-Ext(1)')).toBe(false);
  });
});
