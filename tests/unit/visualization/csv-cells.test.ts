import { safeCell } from '../../../src/export/csv';

describe('CSV cells that a spreadsheet would run as formulas', () => {
  it.each([
    ['=HYPERLINK("http://x","click")', `'=HYPERLINK("http://x","click")`],
    ['+1-555-0100', `'+1-555-0100`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\tTabbed', `'\tTabbed`],
  ])('%j is neutralized', (input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });

  it.each([['Marco Rubio'], ['U.S. Department of State'], ['2025-01-11'], ["O'Brien"]])(
    '%j is left alone',
    (input) => {
      expect(safeCell(input)).toBe(input);
    },
  );

  it('numbers stay numbers', () => {
    expect(safeCell(-3)).toBe(-3);
  });
});
