import fc from 'fast-check';
import { cleanArticle, contentHash } from '../../src/ingest/clean';
import type { RawArticle } from '../../src/domain/types';

const raw = (text: string, over: Partial<RawArticle> = {}): RawArticle => ({
  id: 'a.txt',
  title: null,
  url: null,
  source: null,
  publishedAt: null,
  text,
  origin: 'a.txt',
  ...over,
});

const P1 =
  'Officials from both countries met on Monday in the capital to discuss border security and trade, the ministry said.';
const P2 = 'The talks will continue next month, according to a joint statement released after the meeting.';

/** The cleaned text's lines, for "is this line still there" checks. */
const cleanLines = (text: string): string[] => cleanArticle(raw(text)).cleanText.split('\n');

describe.each([
  ['an audio player label', 'Play Live Radio', 'widget'],
  ['a "next up" label', 'Next Up:', 'widget'],
  ['a player clock', '0:00', 'player'],
  ['a pair of player clocks', '0:00 / 3:45', 'player'],
  ['a station list label', 'Available On Air Stations', 'widget'],
  ['a copyright line', '© 2025 Public Radio', 'copyright'],
  ['an "all rights reserved" line', 'Copyright 2024 Example Media Group. All rights reserved.', 'copyright'],
  ['a syndication note', 'This story was originally published by the Example Tribune.', 'syndication note'],
  ['a photo credit', 'Photo by Jane Roe / Getty Images', 'photo credit'],
  ['an agency credit', 'AP Photo/Eduardo Verdugo', 'photo credit'],
  ['an all-caps credit name', 'JANE Q. ROE', 'caps label'],
  ['an agency code', 'NYTNS', 'caps label'],
  ['a lone slash', '/', 'separator'],
  ['a row of bullets', '• • •', 'separator'],
  ['a share bar', 'Share Facebook Twitter Email', 'share buttons'],
  ['a share bar with pipes', 'Facebook | X | LinkedIn | Copy link', 'share buttons'],
  [
    'a newsletter prompt',
    'Sign up for our daily newsletter to get the latest news in your inbox.',
    'newsletter prompt',
  ],
  ['a subscription prompt', 'Subscribe to read unlimited stories', 'newsletter prompt'],
  ['a byline', 'By Jane Roe and John Doe, Associated Press', 'byline'],
  ['an all-caps byline', 'By JANE ROE', 'byline'],
  [
    'wire staff credits',
    '(Reporting by Jane Roe and John Doe; writing by Ann Poe; editing by Bob Moe)',
    'byline',
  ],
  ['a one-person reporting credit', '(Reporting by Jane Roe)', 'byline'],
  ['a timestamp', 'Updated September 2, 2025 at 5:12 PM EDT', 'timestamp'],
  ['a reading time', '5 min read', 'timestamp'],
  ['a relative time', 'Published 3 hours ago', 'timestamp'],
  ['a related header', 'More On This Topic', 'related links'],
  ['a read-more promo', 'READ MORE: Ministers meet again as border deal nears', 'related links'],
  ['an advertisement label', 'ADVERTISEMENT', 'widget'],
  ['a skip link', 'Skip to main content', 'widget'],
])('a line with %s', (_name, junk, reason) => {
  it(`is removed as ${reason} and the prose around it stays`, () => {
    const text = `${P1}\n${junk}\n${P2}`;
    const result = cleanArticle(raw(text));
    expect(result.cleanText).toBe(`${P1}\n\n${P2}`);
    expect(result.removed).toEqual([{ line: 2, text: junk, reason }]);
  });
});

describe.each([
  [
    'a photo caption that tells the story',
    'FILE — A minister departs after a meeting at the palace in the capital, Aug. 8, 2025.',
  ],
  ['a sentence ending with a colon', 'In a television interview aired last week, he said:'],
  ['a lowercase list item', '- a significant drop in homicides'],
  ['a subhead', 'A familiar dispute: military action vs. sovereignty'],
  [
    'a dateline paragraph',
    'CAPITAL CITY — The minister arrived on Tuesday for two days of talks with her counterpart.',
  ],
  ['an all-caps dateline alone', 'CAPITAL CITY —'],
  ['prose starting with "By"', 'By the time the talks ended, both sides had agreed on a timetable.'],
  ['prose about reporting', 'Reporting by local media said the minister had resigned on Friday.'],
  [
    'prose mentioning a newsletter',
    'The ministry said in its weekly newsletter that arrests had fallen sharply.',
  ],
  ['prose about copyright', 'The court ruled on Monday that the copyright claim had no merit, lawyers said.'],
  ['a quoted sentence', '“We told him it is not necessary,” she said.'],
  ['a short quote', '“It worked.”'],
  [
    'a long line with a copyright sign',
    `${P1} ${P2} © marks were added to the ${'very '.repeat(20)}long report.`,
  ],
])('a line with %s', (_name, line) => {
  it('is kept verbatim', () => {
    expect(cleanLines(`${P1}\n${line}\n${P2}`)).toEqual([P1, line, P2]);
  });
});

describe('headline lists', () => {
  const headlines = [
    'Trade Ministers Sign Pact to Cut Tariffs on Farm Goods',
    'Storm Warning Issued for Coastal Towns as Rivers Rise',
    'Central Bank Holds Rates Steady Amid Inflation Worries',
  ];

  it.each([
    ['directly after the story', `${P1}\n${P2}\n${headlines.join('\n')}`],
    ['separated by blank lines', `${P1}\n\n${P2}\n\n\n${headlines.join('\n\n')}\n\n`],
    ['between two paragraphs', `${P1}\n${headlines.join('\n')}\n${P2}`],
  ])('removes three title-case headlines %s', (_name, text) => {
    const result = cleanArticle(raw(text));
    expect(result.cleanText.split(/\n+/)).toEqual([P1, P2]);
    expect(result.removed.map((r) => r.reason)).toEqual(['headline list', 'headline list', 'headline list']);
  });

  it('keeps two title-case lines between paragraphs (subheads)', () => {
    const text = `${P1}\n${headlines[0]}\n\n${P2}\n${headlines[1]}\n${P1}`;
    expect(cleanArticle(raw(text)).removed).toEqual([]);
  });

  it('removes sentence-case headlines after a related-stories header', () => {
    const text = `${P1}\n${P2}\nRelated stories\nMinisters meet again as border deal nears\nWhy the river patrols matter\n`;
    const result = cleanArticle(raw(text));
    expect(result.cleanText).toBe(`${P1}\n${P2}`);
    expect(result.removed.map((r) => r.reason)).toEqual(['related links', 'headline list', 'headline list']);
  });

  it('removes short leftovers after the last paragraph', () => {
    const text = `${P1}\n${P2}\n\nBorder talks\nTrade policy in the region\n`;
    expect(cleanArticle(raw(text)).cleanText).toBe(`${P1}\n${P2}`);
  });

  it('keeps a single short line after the last paragraph', () => {
    expect(cleanLines(`${P1}\n${P2}\nJane Roe reported from the capital`)).toEqual([
      P1,
      P2,
      'Jane Roe reported from the capital',
    ]);
  });
});

describe('photo blocks', () => {
  it('removes the image label above a credit and keeps the caption', () => {
    const caption = 'FILE — The foreign minister speaks to reporters in the capital, March 3, 2025.';
    const text = `Minister Jane Roe\nJOHN DOE\n/\nAGENCY\n${caption}\n\n${P1}`;
    const result = cleanArticle(raw(text, { title: 'Talks resume' }));
    expect(result.cleanText).toBe(`${caption}\n\n${P1}`);
    expect(result.removed.map((r) => r.reason)).toEqual([
      'image label',
      'caps label',
      'separator',
      'caps label',
    ]);
  });

  it('cuts a parenthesized credit off the end of a caption', () => {
    const caption = 'Soldiers patrol a street in the capital on Monday.';
    const result = cleanArticle(raw(`${caption} (AP Photo/Jane Roe)\n${P1}`));
    expect(result.cleanText).toBe(`${caption}\n\n${P1}`);
  });

  it('cuts wire staff credits off the end of the last paragraph', () => {
    const last = 'Police arrested a woman they say handled payments for the group.';
    const result = cleanArticle(raw(`${P1}\n${last} (Reporting by Jane Roe Writing by John Doe)`));
    expect(result.cleanText).toBe(`${P1}\n${last}`);
  });
});

describe('title', () => {
  const head = 'Ministers fly to the capital for border talks';
  it.each([
    [
      'promotes a standalone headline after page furniture',
      `© 2025 Radio\nPlay Live Radio\n\n${head}\n\n${P1}`,
      null,
      head,
      P1,
    ],
    ['promotes a headline at the top', `${head}\n\n${P1}\n${P2}`, null, head, `${P1}\n${P2}`],
    ['drops a repeat of the known title', `${head}\n\n${P1}`, head, head, P1],
    [
      'keeps a known title that differs',
      `${head}\n\n${P1}`,
      'Other title',
      'Other title',
      `${head}\n\n${P1}`,
    ],
    [
      'does not promote a line glued to the next line',
      `${head}\nBorder talks begin soon\n\n${P1}`,
      null,
      null,
      null,
    ],
    ['does not promote prose', `${P1}\n\n${P2}`, null, null, `${P1}\n\n${P2}`],
  ])('%s', (_name, text, title, expectedTitle, expectedText) => {
    const result = cleanArticle(raw(text, { title }));
    expect(result.title).toBe(expectedTitle);
    if (expectedText !== null) expect(result.cleanText).toBe(expectedText);
  });
});

describe('whitespace', () => {
  it.each([
    ['CRLF line ends', `${P1}\r\n${P2}\r\n`, `${P1}\n\n${P2}`],
    ['blank runs', `\n\n${P1}\n\n\n\n${P2}\n\n\n`, `${P1}\n\n${P2}`],
    ['indentation and trailing spaces', `   ${P1}  \n\t${P2}\t`, `${P1}\n\n${P2}`],
    [
      'a hard-wrapped paragraph',
      'one two three\nfour five six.\n\nseven eight.',
      'one two three\nfour five six.\n\nseven eight.',
    ],
    ['an empty text', '', ''],
  ])('%s', (_name, text, expected) => {
    expect(cleanArticle(raw(text)).cleanText).toBe(expected);
  });
});

describe('contentHash', () => {
  const base = raw(`${P1}\n${P2}`, { title: 'T', url: 'https://x.example/1', publishedAt: '2025-01-02' });
  const hash = cleanArticle(base).contentHash;

  it('is sha256 hex and stable', () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(cleanArticle({ ...base }).contentHash).toBe(hash);
  });

  it('ignores junk that changed between scrapes', () => {
    expect(cleanArticle({ ...base, text: `0:00\n${P1}\n${P2}\nShare Facebook Twitter` }).contentHash).toBe(
      hash,
    );
  });

  it('hashes the cleaned text and metadata', () => {
    expect(hash).toBe(contentHash(`${P1}\n${P2}`, 'T', 'https://x.example/1', '2025-01-02'));
  });

  it.each([
    ['text', { text: `${P1}\n${P2} Changed.` }],
    ['title', { title: 'T2' }],
    ['url', { url: 'https://x.example/2' }],
    ['publishedAt', { publishedAt: '2025-01-03' }],
  ])('changes when %s changes', (_name, change) => {
    expect(cleanArticle({ ...base, ...change }).contentHash).not.toBe(hash);
  });

  it('does not confuse text and title that concatenate the same', () => {
    expect(contentHash('ab', 'c', null, null)).not.toBe(contentHash('a', 'bc', null, null));
  });
});

// Lines as scrapers produce them: prose, junk, headline-ish lines and arbitrary strings.
const WORDS = [
  'the',
  'minister',
  'said',
  'on',
  'Monday',
  'Mexico',
  'border',
  'talks',
  'and',
  '“quoted”',
  'ünï',
  '—',
];
const proseLine = fc
  .array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 40 })
  .map((ws) => `Officials ${ws.join(' ')}.`);
const junkLine = fc.constantFrom(
  '0:00',
  'Play Live Radio',
  '© 2025 Radio',
  'NYTNS',
  '/',
  'More On This Topic',
);
const headlineLine = fc.constantFrom(
  'Storm Warning Issued for Coastal Towns',
  'Trade Ministers Sign Pact on Farm Goods',
);
const anyLine = fc.string({ unit: 'grapheme', maxLength: 60 });
const separator = fc.constantFrom('\n', '\r\n', '\n\n', '\n  \n', '\r');
const article = fc
  .array(
    fc.tuple(
      fc.oneof(proseLine, junkLine, headlineLine, anyLine),
      separator,
      fc.constantFrom('', '  ', '\t'),
    ),
    {
      maxLength: 25,
    },
  )
  .map((parts) => parts.map(([line, sep, indent]) => `${indent}${line}${indent}${sep}`).join(''));

describe('offset map (property)', () => {
  it('quotes any span inside a cleaned line exactly from the original', () => {
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(), (text, a, b) => {
        const result = cleanArticle(raw(text));
        const { cleanText, toOriginal } = result;
        let lineStart = 0;
        for (const line of cleanText.split('\n')) {
          const s = lineStart + (line.length === 0 ? 0 : a % (line.length + 1));
          const e = s + (line.length === 0 ? 0 : b % (lineStart + line.length - s + 1));
          expect(text.slice(toOriginal(s), toOriginal(e))).toBe(cleanText.slice(s, e));
          expect(text.slice(toOriginal(lineStart), toOriginal(lineStart + line.length))).toBe(line);
          lineStart += line.length + 1;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is monotonic and stays inside the original', () => {
    fc.assert(
      fc.property(article, (text) => {
        const { cleanText, toOriginal } = cleanArticle(raw(text));
        let previous = 0;
        for (let o = 0; o <= cleanText.length; o++) {
          const mapped = toOriginal(o);
          expect(mapped).toBeGreaterThanOrEqual(previous);
          expect(mapped).toBeLessThanOrEqual(text.length);
          previous = mapped;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never drops a line of prose', () => {
    fc.assert(
      fc.property(article, (text) => {
        const { cleanText } = cleanArticle(raw(text));
        for (const line of text.split(/\r\n|\n|\r/)) {
          if (/^Officials .*\.$/.test(line.trim())) expect(cleanText).toContain(line.trim());
        }
      }),
      { numRuns: 300 },
    );
  });
});
