import {
  fuzzyKey,
  initials,
  nameKey,
  personNamesCompatible,
  shipKey,
  surname,
} from '../../../src/domain/names';

describe('nameKey', () => {
  it.each([
    ['The U.S. State Department’s', 'us state department'],
    ['  Nicolás   Maduro ', 'nicolas maduro'],
    ["Mexico's", 'mexico'],
    ['U.S.-Mexico border', 'us mexico border'],
    ['A Coruña', 'coruna'],
    ['the', 'the'],
    ['', ''],
  ])('%p → %p', (input, expected) => {
    expect(nameKey(input)).toBe(expected);
  });
});

describe('shipKey', () => {
  it.each([
    ['USS Carl Vinson', 'carl vinson'],
    ['the HMS Queen Elizabeth', 'queen elizabeth'],
    ['ARC Almirante Padilla', 'almirante padilla'],
    ['Carl Vinson', 'carl vinson'],
    ['USS', 'uss'],
  ])('%p → %p', (input, expected) => {
    expect(shipKey(input)).toBe(expected);
  });
});

describe('personNamesCompatible', () => {
  it.each([
    ['Pete Hegseth', 'Hegseth', true],
    ['Hegseth', 'Pete Hegseth', true],
    ['María de los Ángeles Pérez', 'de los Ángeles Pérez', true],
    ['María de los Ángeles Pérez', 'Pérez', true],
    ['Andrés Manuel López Obrador', 'López Obrador', true],
    ['Eric Adams', 'Jerry Adams', false],
    ['Pete Hegseth', 'Pete', false],
    ['Ludwig van Beethoven', 'van', false],
    ['', 'Hegseth', false],
    // A generational suffix ends the name after the surname; two different ones are two people.
    ['Rogan C. Zarqan Jr.', 'Zarqan', true],
    ['Rogan Zarqan III', 'Rogan Zarqan', true],
    ['Rogan Zarqan Jr.', 'Rogan Zarqan Sr.', false],
  ])('%p vs %p → %p', (a, b, expected) => {
    expect(personNamesCompatible(a, b)).toBe(expected);
  });
});

describe('surname / fuzzyKey / initials', () => {
  it.each([
    ['María de los Ángeles Pérez', 'Pérez'],
    ['Carlos de la Torre', 'de la Torre'],
    ['Osama bin Laden', 'bin Laden'],
    ['Madonna', 'Madonna'],
  ])('surname(%p) → %p', (input, expected) => {
    expect(surname(input)).toBe(expected);
  });

  it('fuzzyKey collapses doubled letters so common misspellings meet', () => {
    expect(fuzzyKey('Mediterranean')).toBe(fuzzyKey('Meditteranean'));
    expect(fuzzyKey('Philippines')).toBe(fuzzyKey('Phillipines'));
    expect(fuzzyKey('Peru')).not.toBe(fuzzyKey('Paris'));
  });

  it.each([
    ['Drug Enforcement Administration', 'DEA'],
    ['Immigration and Customs Enforcement', 'ICE'],
    ['The Associated Press', 'AP'],
  ])('initials(%p) → %p', (input, expected) => {
    expect(initials(input)).toBe(expected);
  });
});
