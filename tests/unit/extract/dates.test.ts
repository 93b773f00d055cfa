import { run } from './helpers';

/** The date of the only VISIT event in `text` (a visit sentence is the test vehicle). */
function visitDate(text: string, publishedAt: string | null): string | null | undefined {
  return run(text, publishedAt).events.find((e) => e.type === 'VISIT')?.date;
}

describe('event dates', () => {
  it.each([
    // With a publication date.
    ['Minister Ana Soto visited Lima on Thursday.', '2025-06-10', '2025-06-05'],
    ['Minister Ana Soto will travel to Lima on Thursday.', '2025-06-10', '2025-06-12'],
    ['Minister Ana Soto visited Lima on Jan. 11.', '2025-06-10', '2025-01-11'],
    ['Minister Ana Soto visited Lima in December.', '2026-01-20', '2025-12'],
    ['Minister Ana Soto visited Lima today.', '2025-06-10T08:00:00Z', '2025-06-10'],
    ['Minister Ana Soto visited Lima last month.', '2025-06-10', '2025-05'],
    ['Minister Ana Soto visited Lima this year.', '2025-06-10', '2025'],
    ['Minister Ana Soto visited Lima on March 4, 2019.', '2025-06-10', '2019-03-04'],
    ['Minister Ana Soto visited Lima in 2021.', '2025-06-10', '2021'],
    // Without one: only what the text states.
    ['Minister Ana Soto visited Lima on Thursday.', null, null],
    ['Minister Ana Soto visited Lima on Jan. 11.', null, null],
    ['Minister Ana Soto visited Lima in early October 2024.', null, '2024-10'],
  ])('%p (published %p) → %p', (text, publishedAt, expected) => {
    expect(visitDate(text, publishedAt)).toBe(expected);
  });

  it('resolves against the latest full date the article states when there is no publication date', () => {
    const text = 'The report was filed on May 6, 2025. Minister Ana Soto visited Lima on Tuesday.';
    expect(visitDate(text, null)).toBe('2025-05-06');
  });

  it('takes a month-day year from a "Month Year" the article states', () => {
    const text = 'Talks began in early April 2024. Minister Ana Soto visited Lima on April 9.';
    expect(visitDate(text, null)).toBe('2024-04-09');
  });

  it('is deterministic (no dependence on the clock)', () => {
    const text = 'Minister Ana Soto visited Lima on Monday, then on Feb. 3.';
    expect(run(text, null)).toEqual(run(text, null));
  });
});
