/**
 * The World Factbook's heads of state and government: the script that reads the Factbook's
 * executive-branch entries, and the lookup the role rules use for a title with no country beside it.
 */
import { parseLeaders } from '../../../scripts/leaders-from-factbook';
import { leaderCountries } from '../../../src/ingest/extract/lexicons/leaders';

describe('parseLeaders reads a Factbook executive-branch entry', () => {
  it('keeps each titled name with its "since" day, accents restored from HTML entities', () => {
    const text =
      'President Andr&eacute;s Manuel L&Oacute;PEZ OBRADOR (since 1 December 2018); note - the president is both chief of state and head of government';
    expect(parseLeaders('Mexico', text)).toEqual([
      { country: 'Mexico', title: 'President', name: 'Andrés Manuel LÓPEZ OBRADOR', since: '2018-12-01' },
    ]);
  });

  it('reads deputies too, skips party names in parentheses and names with no "since"', () => {
    const text =
      'Prime Minister Rishi SUNAK (Conservative) (since 25 October 2022); Deputy Prime Minister Oliver DOWDEN (since 21 April 2023); Heir Apparent Prince WILLIAM (son of the king, born 21 June 1982)';
    expect(parseLeaders('United Kingdom', text).map((l) => `${l.title}: ${l.name} ${l.since}`)).toEqual([
      'Prime Minister: Rishi SUNAK 2022-10-25',
      'Deputy Prime Minister: Oliver DOWDEN 2023-04-21',
    ]);
  });

  it('drops a note whose prose has no name in capitals', () => {
    expect(parseLeaders('Ruritania', 'President elected by parliament (since 1 May 2020)')).toEqual([]);
  });
});

describe('leaderCountries: whose office a bare title names', () => {
  const day = new Date('2025-06-01T00:00:00Z');

  it.each([
    ['Donald Trump', 'president', day, ['United States']],
    ['Donald J. Trump', 'president', day, ['United States']],
    // A first given name shortened keeps its initial.
    ['Joe Biden', 'president', new Date('2023-06-01T00:00:00Z'), ['United States']],
    // Both of a Spanish double surname must be there.
    ['Andrés Manuel López Obrador', 'president', day, ['Mexico']],
    ['Andrés Manuel', 'president', day, []],
    // The title must be the one the Factbook gives the person.
    ['Donald Trump', 'prime minister', day, []],
    // Not someone who took the office only after the article's day.
    ['Claudia Sheinbaum', 'president', new Date('2023-01-01T00:00:00Z'), []],
    ['Claudia Sheinbaum', 'president', day, ['Mexico']],
    // A given name the Factbook's person does not have.
    ['Eric Trump', 'president', day, []],
  ])('%s, %s', (name, title, when, countries) => {
    expect(leaderCountries(name, title, when)).toEqual(countries);
  });
});

describe('round 29: a regnal number', () => {
  it('"King Felipe VI" is the Factbook\'s "FELIPE VI", Spain\'s king', () => {
    expect(leaderCountries('Felipe VI', 'king', new Date('2024-01-24'))).toEqual(['Spain']);
  });

  it('"Ferdinand Marcos Jr." is the Factbook\'s "Ferdinand MARCOS": a generational suffix', () => {
    expect(leaderCountries('Ferdinand Marcos Jr.', 'president', new Date('2025-04-29'))).toEqual([
      'Philippines',
    ]);
  });

  it('a regnal number alone names no one', () => {
    expect(leaderCountries('VI', 'king', new Date('2024-01-24'))).toEqual([]);
  });
});
