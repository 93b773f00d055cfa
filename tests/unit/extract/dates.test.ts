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

/** The date of the first event of `type` in `text`. */
function dateOf(type: string, text: string, publishedAt: string | null): string | null | undefined {
  return run(text, publishedAt).events.find((e) => e.type === type)?.date;
}

describe('days counted from a day the story told', () => {
  it.each([
    [
      '"the following day" in the next sentence counts from the day before it',
      'Minister Ana Soto met Minister Luis Vega in Quito on Monday. The following day, Soto visited Lima.',
      'VISIT',
      '2025-06-10',
    ],
    [
      '"two days later" in the same sentence counts from its own earlier day',
      'Police arrested Carlos Ruiz on March 3 and he was extradited to Spain two days later.',
      'EXTRADITION',
      '2025-03-05',
    ],
    [
      'the act before the count keeps its own day',
      'Police arrested Carlos Ruiz on March 3 and he was extradited to Spain two days later.',
      'ARREST',
      '2025-03-03',
    ],
    [
      '"later that day" is the same day',
      'Minister Ana Soto visited Lima on June 4. Later that day, she spoke with President Luis Vega by phone.',
      'CALL',
      '2025-06-04',
    ],
    [
      'a counted day is itself a day to count from',
      'Minister Ana Soto met Minister Luis Vega in Quito on Monday. The next day, Soto visited Lima. Later in the day, Vega spoke with Soto by phone.',
      'CALL',
      '2025-06-10',
    ],
    [
      '"the previous day" counts back',
      'Minister Ana Soto met Minister Luis Vega in Quito on June 4. Soto had visited Lima the previous day.',
      'VISIT',
      '2025-06-03',
    ],
    [
      '"a week later" is seven days',
      'Minister Ana Soto met Minister Luis Vega in Quito on June 2. A week later, Soto visited Lima.',
      'VISIT',
      '2025-06-09',
    ],
  ])('%s', (_why, text, type, expected) => {
    expect(dateOf(type, text, '2025-06-12')).toBe(expected);
  });

  it.each([
    ['with no day told before, nothing to count from', 'The following day, Minister Ana Soto visited Lima.'],
    [
      'a day told more than three sentences back is too far',
      'Minister Ana Soto met Minister Luis Vega in Quito on Monday. Talks went well. Trade grew. Prices fell. The following day, Soto visited Lima.',
    ],
    [
      '"the day after the election" counts from the election, not from a told day',
      'Minister Ana Soto met Minister Luis Vega in Quito on Monday. Soto visited Lima the day after the election.',
    ],
    [
      "a dateline's day is the report's, not one to count from",
      'LIMA, June 4 — Trade grew. The following day, Minister Ana Soto visited Lima.',
    ],
  ])('%s', (_why, text) => {
    expect(dateOf('VISIT', text, '2025-06-12')).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
