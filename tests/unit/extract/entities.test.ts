import { entityKeys, run } from './helpers';

describe('entities: what is found', () => {
  it.each([
    // Titles are not part of the name; the qualifier country is its own entity.
    [
      'U.S. Attorney General Pam Bondi spoke in Chicago.',
      ['Person:Pam Bondi', 'Location:United States', 'Location:Chicago'],
    ],
    ['Brazilian Foreign Minister Mauro Vieira arrived late.', ['Person:Mauro Vieira']],
    [
      'Canada’s new prime minister, Mark Carney, said he would act.',
      ['Person:Mark Carney', 'Location:Canada'],
    ],
    // Ships, with or without the prefix later on.
    [
      'The destroyers USS Stockdale and USS Spruance sailed into the Red Sea. The Spruance later returned.',
      ['Ship:USS Stockdale', 'Ship:USS Spruance', 'Location:Red Sea'],
    ],
    // Cartels and gangs from patterns, with canonical "Cartel".
    [
      'Members of the Beltrán Leyva cartel were seen in Tijuana.',
      ['Cartel:Beltrán Leyva Cartel', 'Location:Tijuana'],
    ],
    ['La Línea, a criminal group tied to smugglers, grew.', ['Cartel:La Línea']],
    ['Police raided a Cartel del Noreste safe house.', ['Cartel:Cartel del Noreste']],
    // Bodies: patterns, defined acronyms, official forms.
    [
      'The Drug Enforcement Administration (DEA) opened a case. The DEA said it had evidence.',
      ['Organization:Drug Enforcement Administration'],
    ],
    ['The Justice Department filed charges.', ['Organization:U.S. Department of Justice']],
    [
      'Officials at the Ministry of Defence in London declined to comment.',
      ['Organization:Ministry of Defence', 'Location:London'],
    ],
    [
      'The Mexican Navy said the shipment came from Ecuador.',
      ['Organization:Mexican Navy', 'Location:Ecuador'],
    ],
    // Places: countries, regions, seas, typos, border compounds.
    [
      'Smugglers crossed the Carribean and the Gulf of Aden.',
      ['Location:Caribbean', 'Location:Gulf of Aden'],
    ],
    ['Traffic at the U.S.-Canada border slowed.', ['Location:U.S.-Canada border']],
    // People known from context: say-verbs and a surname used after the full name.
    [
      '“We will respond,” said Elena Vargas, a lawyer. Vargas declined further comment.',
      ['Person:Elena Vargas'],
    ],
  ])('%p', (text, expected) => {
    const keys = entityKeys(run(text));
    for (const e of expected) expect(keys).toContain(e);
  });
});

describe('entities: armed groups known by one name', () => {
  it.each([
    ['Hezbollah fired rockets across the border.', 'Hezbollah'],
    ['The Taliban seized the city.', 'Taliban'],
    ['An attack by fighters from the Islamic State killed 12 soldiers.', 'Islamic State'],
    ['ISIS claimed responsibility for the bombing.', 'Islamic State'],
  ])('%s', (text, name) => {
    expect(entityKeys(run(text))).toContain(`Organization:${name}`);
  });
});

describe('entities: what is not an entity', () => {
  it.each([
    ['Mexican cartels and Colombian gangs moved fentanyl.', []],
    ['Republicans and Democrats argued about the F-35 budget.', []],
    ['Latin American leaders met. European officials stayed home.', []],
    ['Trump Signs Order On Tariffs As Markets Slide In Asia\nCanada Says Talks Will Resume Next Week', []],
    ['Fentanyl seizures rose. Border encounters fell.', []],
  ])('%p yields no entities', (text, expected) => {
    expect(entityKeys(run(text))).toEqual(expected);
  });

  it.each([
    [
      'a building named with a given name',
      'The leaders dined at the Maximos Mansion on Thursday.',
      'Maximos Mansion',
    ],
  ])('is no person: %s', (_label, text, name) => {
    expect(entityKeys(run(text))).not.toContain(`Person:${name}`);
  });

  it('types the name a militia noun introduces as a body', () => {
    expect(
      entityKeys(run("Officials blamed Iraq's Iran-backed militia Kataib Sayyid for the attack.")),
    ).toContain('Organization:Kataib Sayyid');
  });

  it('types a one-word name an agency or operator noun introduces as a body', () => {
    expect(
      entityKeys(run('A cable of operator Velia was cut, the communications agency Trafikon said.')),
    ).toEqual(expect.arrayContaining(['Organization:Velia', 'Organization:Trafikon']));
  });

  it('drops an outlet that is not cited as a source', () => {
    const keys = entityKeys(run('Read more at Daily News. The Daily Gazette reported the arrests.'));
    expect(keys).toContain('Organization:Daily Gazette');
    expect(keys).not.toContain('Organization:Daily News');
  });
});

describe('entities: one entity, many names', () => {
  it('merges a full name, a titled surname and the surname alone, and counts mentions', () => {
    const x = run(
      'Defense Minister Carlos Alberto de la Cruz visited Quito. De la Cruz met troops. Minister de la Cruz then left.',
    );
    const people = x.entities.filter((e) => e.type === 'Person');
    expect(people).toHaveLength(1);
    expect(people[0]?.name).toBe('Carlos Alberto de la Cruz');
    expect(people[0]?.mentions).toBe(3);
  });

  it('reads "Minister of Foreign Relations" whole before a long name', () => {
    const x = run("Peru's Minister of Foreign Relations Juan Carlos de la Torre joined the call.");
    expect(entityKeys(x)).toContain('Person:Juan Carlos de la Torre');
    expect(x.relations.find((r) => r.type === 'HOLDS_ROLE')?.role).toBe('Minister of Foreign Relations');
  });

  it('joins a bare branch ("Navy") to the one body of its country whose name ends with it', () => {
    const x = run(
      'Navy patrol vessel HMS Kestrel shadowed the ship. "The Royal Navy acted swiftly," the minister said.',
    );
    const orgs = x.entities.filter((e) => e.type === 'Organization').map((e) => [e.name, e.aliases]);
    expect(orgs).toEqual([['Royal Navy', ['Navy']]]);
  });

  it('gives letters in brackets to the body right before them when it shares the head noun of their lexicon name', () => {
    const x = run(
      'On Thursday, the Mexican Navy (Semar) reported the capture of a narco sub. Semar said three were held.',
    );
    const orgs = x.entities.filter((e) => e.type === 'Organization').map((e) => [e.name, e.aliases]);
    expect(orgs).toEqual([['Mexican Navy', ['Semar']]]);
  });

  it('keeps a navy apart from the ministry named after it', () => {
    const x = run(
      'The Secretariat of the Navy said the Mexican Navy seized a vessel. The Navy said three were held.',
    );
    const names = x.entities.filter((e) => e.type === 'Organization').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Secretariat of the Navy', 'Mexican Navy']));
  });

  it('joins "X Department" and "Department of X" and keeps the forms as aliases', () => {
    const x = run(
      'The U.S. Homeland Security Department issued rules. The Department of Homeland Security also warned.',
    );
    const orgs = x.entities.filter((e) => e.type === 'Organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.name).toBe('U.S. Department of Homeland Security');
    expect(orgs[0]?.aliases).toContain('U.S. Homeland Security Department');
  });

  it('makes a country acting the same Location, and "U.S." an alias of United States', () => {
    const x = run('The United States and Colombia signed a deal. The U.S. will send aid.');
    const us = x.entities.filter((e) => e.name === 'United States');
    expect(us).toHaveLength(1);
    expect(us[0]?.aliases).toContain('U.S.');
    expect(us[0]?.mentions).toBe(2);
  });

  it('links a known acronym to its full name used elsewhere', () => {
    const x = run(
      'Immigration and Customs Enforcement detained 40 people. ICE said more raids would follow.',
    );
    const orgs = x.entities.filter((e) => e.type === 'Organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.aliases).toContain('ICE');
  });
});
