/**
 * Issue #8's rules, one table each, on sentences written for the tests (no name from the seed or
 * dev articles): a type comes from evidence, never from capitalization alone; facts only where the
 * sentence states them; every record carries a basis and a confidence.
 */
import { entityKeys, relationKeys, run } from './helpers';

/** Asserts that `keys` holds every key of `present` and none of `absent`. */
function expectKeys(keys: string[], present: string[], absent: string[]): void {
  expect(keys).toEqual(expect.arrayContaining(present));
  for (const k of absent) expect(keys).not.toContain(k);
}

const eventKeys = (text: string, publishedAt: string | null = null): string[] =>
  run(text, publishedAt).events.map(
    (e) => `${e.type} ${e.participants.join('+')}${e.date ? ` ${e.date}` : ''}`,
  );

/** "TYPE [A, B] date" for every event, a date always written ("null" for none). */
const eventLines = (text: string, publishedAt: string): string[] =>
  run(text, publishedAt).events.map((e) => `${e.type} [${e.participants.join(', ')}] ${e.date ?? 'null'}`);

describe('an unknown name is typed by evidence or left out', () => {
  it.each([
    [
      'a given name from the name data',
      'The deal was signed by Tomasz Wierzbicki on Monday.',
      'Person:Tomasz Wierzbicki',
    ],
    ['a say-verb', 'Zyrtek Vandrosz said the port was closed.', 'Person:Zyrtek Vandrosz'],
    [
      'a person noun before it',
      'Police arrested alleged smuggler Dairo Quisbert in the north.',
      'Person:Dairo Quisbert',
    ],
    ['a vessel noun', 'Rebels attacked the bulk carrier Coral Horizon near the coast.', 'Ship:Coral Horizon'],
    [
      'a facility head',
      'Cocaine was found at the Lindqvist Container Facility on Friday.',
      'Location:Lindqvist Container Facility',
    ],
    ['an acronym used as a body', 'The KRVA said its officers seized 12 kg of heroin.', 'Organization:KRVA'],
    ['a movement', 'The Zarqan movement claimed the attack.', 'Organization:Zarqan movement'],
    [
      'a kind of group before the name',
      'Armed opposition group Zarqan said it would fight on.',
      'Organization:Zarqan',
    ],
    ['the noun of a role held in it', 'Zarqan officials said the talks failed.', 'Organization:Zarqan'],
    [
      'what a person founded',
      'The deal was signed with Tomasz Wierzbicki, the founder of Varnholt.',
      'Organization:Varnholt',
    ],
    [
      'an acronym written as a word',
      'Nato said its ships left port.',
      'Organization:North Atlantic Treaty Organization',
    ],
    [
      'a title word as the surname after a given name',
      'The firm hired Anna Major on Monday.',
      'Person:Anna Major',
    ],
    [
      'an ordinal unit',
      'The 31st Marine Expeditionary Unit left port.',
      'Organization:31st Marine Expeditionary Unit',
    ],
    [
      'an embassy named by where it sits',
      'The U.S. Embassy in Lusaka closed on Friday.',
      'Organization:U.S. Embassy in Lusaka',
    ],
  ])('%s', (_why, text, key) => {
    expect(entityKeys(run(text))).toContain(key);
  });

  it.each([
    [
      'a prefix the hyphen binds ("Anti-")',
      'The case was filed by the Directorate of Audits and Anti-Smuggling in Tarvel.',
      'Organization:Directorate of Audits and Anti-Smuggling',
    ],
    [
      'a prefix inside an office',
      'The Ministry of Counter-Piracy said the ship was freed.',
      'Organization:Ministry of Counter-Piracy',
    ],
    [
      'a hyphenated Arabic article inside a person name',
      'Kareem al-Zubaidi, a senior commander, said the convoy was hit.',
      'Person:Kareem al-Zubaidi',
    ],
  ])('a hyphen keeps a name whole: %s', (_why, text, key) => {
    expect(entityKeys(run(text))).toContain(key);
  });

  it('a body’s head word in a name the text calls a criminal group is that group in every mention', () => {
    const keys = entityKeys(
      run(
        'Police moved against the Blue Serpent Command, one of Peru’s largest criminal organizations. The Blue Serpent Command’s leaders fled.',
      ),
    );
    expect(keys.filter((k) => k.includes('Serpent'))).toEqual(['Cartel:Blue Serpent Command']);
  });

  it('"a member of the X political bureau" does not make X a criminal group', () => {
    const keys = entityKeys(
      run('Kareem Haddad, a senior member of the Zarqan political bureau, said the ship was hit.'),
    );
    expect(keys.filter((k) => k.startsWith('Cartel:'))).toEqual([]);
  });

  it.each([
    [
      'a month abbreviation inside a name',
      'The talks were hosted by Defence Minister Tan Jun.',
      'Person:Tan Jun',
    ],
    [
      'a family name written first, used alone later',
      'Defence Minister Tan Jun arrived. Tan said the talks went well.',
      'Person:Tan Jun',
    ],
    [
      'a person noun "counterpart"',
      'He met his Dutch counterpart Hanke Vrolijk Brink.',
      'Person:Hanke Vrolijk Brink',
    ],
  ])('a person from %s', (_why, text, key) => {
    const keys = entityKeys(run(text));
    expect(keys.filter((k) => k.startsWith('Person:'))).toEqual([key]);
  });

  it('"Department of Treasury" and "Department of the Treasury" are one body', () => {
    const keys = entityKeys(
      run(
        'The Department of the Treasury acted on Monday. A release from the Department of Treasury explained why.',
      ),
    );
    expect(keys.filter((k) => k.startsWith('Organization:'))).toHaveLength(1);
  });

  it('a photo caption gives nothing', () => {
    const x = run(
      'Minister Ana Ruiz walks out of the palace in Lima on March 14. (Photo by Tomasz Wierzbicki/AFP via Getty Images)\nThe Peruvian Navy seized 2 tons of cocaine on Friday.',
      '2025-03-30',
    );
    expect(entityKeys(x).filter((k) => /Ruiz|Wierzbicki|Agence/.test(k))).toEqual([]);
  });

  it('a designation’s name is a category, not a body', () => {
    const keys = entityKeys(
      run('The Zarqan Cartel is designated as a Foreign Terrorist Organization by the United States.'),
    );
    expect(keys.filter((k) => k.startsWith('Organization:'))).toEqual([]);
  });

  it('a company suffix makes a body', () => {
    const keys = entityKeys(run('The action centered on Varnholt, S.A. de C.V., and its owners.'));
    expect(keys).toContain('Organization:Varnholt');
  });

  it('an office whose "for …" runs into the name still gives the name', () => {
    const keys = entityKeys(
      run(
        '“The flow must stop,” said Under Secretary for Terrorism and Financial Intelligence Tomasz K. Wierzbicki.',
      ),
    );
    expect(keys).toEqual(['Person:Tomasz K. Wierzbicki']);
  });

  it('a country whose name has "and" in it stays whole', () => {
    const keys = entityKeys(run('The frigate arrived in Trinidad and Tobago on Sunday.'));
    expect(keys.filter((k) => k.startsWith('Location:'))).toEqual(['Location:Trinidad and Tobago']);
  });

  it('a group named after its ship is a body, and the ship is named too', () => {
    const keys = entityKeys(run('The USS Varnholt Amphibious Ready Group deployed in August.'));
    expect(keys.sort()).toEqual(['Organization:Varnholt Amphibious Ready Group', 'Ship:USS Varnholt']);
  });

  it('the letters of a rank before a person named in full are not the name', () => {
    const keys = entityKeys(run('SSP Nihal Wickrama said the raid was over.'));
    expect(keys).toEqual(['Person:Nihal Wickrama']);
  });

  it('a common acronym that is no body ("GDP") is no entity', () => {
    const keys = entityKeys(run('The haul is worth more than the GDP of some countries, Interpol said.'));
    expect(keys.filter((k) => k.includes('GDP'))).toEqual([]);
  });

  it('an operation is no place', () => {
    const keys = entityKeys(run('The Peruvian Navy played a key role in Operation Sandpiper last year.'));
    expect(keys.filter((k) => k.includes('Sandpiper'))).toEqual([]);
  });

  it('the name right after a closing quote and "said" is the speaker', () => {
    const x = run('“The operation shows our reach,” said Kedjo Abbelin, Head of the Regional Bureau.');
    expect(entityKeys(x)).toContain('Person:Kedjo Abbelin');
  });

  it('a quoted nickname between a given name and a surname is another name of that person', () => {
    const x = run(
      'A judge ruled that Tomasz “El Zorro” (The Fox) Quisbert can be extradited. Quisbert denies the charges.',
    );
    const person = x.entities.find((e) => e.type === 'Person');
    expect(person?.name).toBe('Tomasz Quisbert');
    expect(person?.aliases).toEqual(expect.arrayContaining(['El Zorro', 'Quisbert']));
  });

  it('a name continued by a second surname is the same person', () => {
    const keys = entityKeys(
      run(
        'The court named Tomasz Adam Wierzbicki Holmberg in its order. Tomasz Adam Wierzbicki was extradited.',
      ),
    );
    expect(keys.filter((k) => k.startsWith('Person:'))).toEqual(['Person:Tomasz Adam Wierzbicki Holmberg']);
  });

  it('a title-case headline after a title word is no person', () => {
    const keys = entityKeys(run('A Second Judge Rules Peruvian Drug Lord Can Be Extradited to Lima.'));
    expect(keys.filter((k) => k.startsWith('Person:'))).toEqual([]);
  });

  it('a hyphenated given name with a lower-case second syllable stays in the name', () => {
    const keys = entityKeys(run('Foreign Minister Pak Sun-yol held a call with Ana Ruiz.'));
    expect(keys).toContain('Person:Pak Sun-yol');
  });

  it('a country after a body’s "of" owns the body, and a minister of another country holds no post in it', () => {
    const x = run(
      'Today, a call was held between the Minister of Foreign Affairs of Azerbaijan Jahun Vosqarov and the head of the Ministry of Foreign Affairs of Iran Hussein Amir Abdollah, the press service of the Azerbaijani foreign policy.\nVosqarov and Abdollah discussed the bilateral agenda.',
    );
    expect(relationKeys(x).sort()).toEqual([
      'HOLDS_ROLE Jahun Vosqarov -> Azerbaijan',
      'PART_OF Iranian Ministry of Foreign Affairs -> Iran',
    ]);
  });

  it('"the Los X gang" is named "Los X"', () => {
    const keys = entityKeys(run('The leader of the powerful Los Zarquenos gang escaped on Sunday.'));
    expect(keys).toEqual(['Cartel:Los Zarquenos']);
  });

  it('a news agency in parentheses after a dateline is no other name of the place', () => {
    const x = run('LISBON (AA) - Foreign Minister Ana Ruiz met Tomasz Wierzbicki in Lisbon.');
    expect(x.entities.find((e) => e.name === 'Lisbon')?.aliases).toEqual([]);
  });

  it('letters that spell out an office in the article are not the body a lexicon knows by them', () => {
    const keys = entityKeys(
      run('Peru was represented by its National Security Adviser (NSA). The NSA met officials in Lima.'),
    );
    expect(keys.filter((k) => k.startsWith('Organization:'))).toEqual([]);
  });

  it('a double-barrelled surname after a given name stays whole', () => {
    const keys = entityKeys(run('Prime Minister Tomasz Quispe-Holmberg welcomed the deal on Monday.'));
    expect(keys).toContain('Person:Tomasz Quispe-Holmberg');
  });

  it('a ship class named after someone is no entity', () => {
    const keys = entityKeys(run('The navy sent two Hana Lindqvist-class frigates to the strait.'));
    expect(keys.filter((k) => k.includes('Lindqvist'))).toEqual([]);
  });

  it('an unquoted nickname after "alias" is another name of the person', () => {
    const x = run('Police caught Dairo Quisbert, alias El Zorro, near Lima on Friday.');
    expect(x.entities.find((e) => e.name === 'Dairo Quisbert')?.aliases).toContain('El Zorro');
    expect(entityKeys(x)).not.toContain('Person:El Zorro');
  });

  it('a place right before a person named in full is two names', () => {
    const keys = entityKeys(
      run('The minister spoke with the President of Peru Tomasz Wierzbicki on Monday.'),
    );
    expect(keys).toEqual(expect.arrayContaining(['Person:Tomasz Wierzbicki', 'Location:Peru']));
  });

  it('"PM" is a title', () => {
    const x = run('PM Quisbert held talks with President Tomasz Wierzbicki on Monday.');
    expect(x.entities.find((e) => e.name === 'Quisbert')?.aliases).toContain('PM Quisbert');
  });

  it('an acronym the article spells out names that body, not the one the lexicon knows', () => {
    // "AFP" is Agence France-Presse in the lexicon.
    const x = run('Andean Federal Police (AFP) officers arrested two men. AFP said more would follow.');
    expect(x.entities.find((e) => e.name === 'Andean Federal Police')?.aliases).toContain('AFP');
    expect(entityKeys(x)).not.toContain('Organization:Agence France-Presse');
  });

  it('a place opened by a saint’s name is no person', () => {
    const keys = entityKeys(run('The drugs went to Ecuador via San Teodoro and Lima, officials said.'));
    expect(keys.filter((k) => k.startsWith('Person:'))).toEqual([]);
  });

  it('a hyphen between two places still splits them', () => {
    const keys = entityKeys(run('The Peru-Bolivia talks ended on Friday, officials in Lima said.'));
    expect(keys).toEqual(expect.arrayContaining(['Location:Peru', 'Location:Bolivia']));
  });

  it('a person’s surname before a role noun stays the person', () => {
    const keys = entityKeys(run('Tomasz Wierzbicki won. Wierzbicki officials said so.'));
    expect(keys).not.toContain('Organization:Wierzbicki');
  });

  it.each([
    ['ordinary words', 'Officials toured the Magic Harbor Walk on Sunday.', 'Person:Magic Harbor Walk'],
    ['a law', 'The Clean Rivers Act passed the senate.', 'Person:Clean Rivers Act'],
    [
      'a vocabulary word that speaks',
      'The ministry was quiet, but Treasury said it would act.',
      'Person:Treasury',
    ],
  ])('no person from %s', (_why, text, key) => {
    expect(entityKeys(run(text))).not.toContain(key);
  });

  it('links a group’s plural to the group', () => {
    const x = run('The Zarqan movement claimed the attack. Later the Zarqans said more would follow.');
    expect(x.entities.find((e) => e.name === 'Zarqan movement')?.aliases).toContain('Zarqans');
  });
});

describe('GeoNames gazetteers: subdivisions and cities', () => {
  it.each([
    [
      'a first-level subdivision',
      'Troops were sent to Zacatecas and Chihuahua last week.',
      'Location:Zacatecas',
    ],
    ['a subdivision with no cue', 'Oaxaca recorded 40 homicides on Sunday.', 'Location:Oaxaca'],
    ['a city after a motion preposition', 'The minister flew to Mazatlán on Monday.', 'Location:Mazatlán'],
    [
      'a city coordinated with a known place',
      'Raids took place in the Chicago and Naperville areas.',
      'Location:Naperville',
    ],
    ['a city of over a million', 'Lucknow recorded heavy rain on Tuesday.', 'Location:Lucknow'],
    ['a region a ship is named after', 'The Russian frigate Tabasco left port on Friday.', 'Ship:Tabasco'],
  ])('%s', (_why, text, key) => {
    expect(entityKeys(run(text))).toContain(key);
  });

  it('a subdivision name borne by a person named in full is the person', () => {
    const keys = entityKeys(
      run('The analyst Tomasz Tabasco said prices rose. Tabasco added that exports fell.'),
    );
    expect(keys).toContain('Person:Tomasz Tabasco');
    expect(keys).not.toContain('Location:Tabasco');
  });

  it('a small city with no place cue is left out', () => {
    expect(entityKeys(run('Mazatlán said nothing about the plan.'))).not.toContain('Location:Mazatlán');
  });

  it('a place and a colon opening a paragraph are a dateline, not a participant', () => {
    const out = run('Lucknow: The state police arrested Tomasz Wierzbicki on Thursday.', '2024-03-08');
    expect(out.events.flatMap((e) => e.participants)).not.toContain('Lucknow');
  });
});

describe('facts only where a sentence states them', () => {
  it.each([
    [
      'a demonym qualifies the title',
      'Peruvian President Rosa Quispe met the envoy in Peru.',
      'HOLDS_ROLE Rosa Quispe -> Peru',
    ],
    [
      'an embassy belongs to its country',
      'The U.S. Embassy in Lusaka said the United States would help.',
      'PART_OF U.S. Embassy in Lusaka -> United States',
    ],
    [
      'an office "of" a body, then the name in apposition',
      'Lima’s Secretary of Harbor Police, Rosa Quispe, said the boats were searched.',
      'HOLDS_ROLE Rosa Quispe -> Lima',
    ],
    [
      'a country shared by two titles joined by "and"',
      'Peruvian Foreign Minister Ana Ruiz and Defense Minister Rosa Quispe met the envoy in Peru.',
      'HOLDS_ROLE Rosa Quispe -> Peru',
    ],
    [
      'a title "of <country>" run into the name',
      'A call was held between the Minister of Foreign Affairs of Chile Jahan Vosquez and the head of the Ministry of Foreign Affairs of Peru.',
      'HOLDS_ROLE Jahan Vosquez -> Chile',
    ],
    [
      'charges stated in the active voice',
      'Colombia charged the Gulf Clan with extortion.',
      'OPPOSES Colombia -> Gulf Clan',
    ],
    [
      'an acronym before a title names the body',
      'The KRVA said 12 kg were seized, KRVA regional director Hana Lindqvist said.',
      'HOLDS_ROLE Hana Lindqvist -> KRVA',
    ],
    [
      'a body then a role in an appositive',
      'Rear Admiral Tomasz Wierzbicki, the Border Guard spokesperson for maritime matters, said so.',
      'HOLDS_ROLE Tomasz Wierzbicki -> Border Guard',
    ],
    [
      'a subdivision qualifies a lower-case title',
      'Oaxaca interior minister Hana Lindqvist resigned on Monday.',
      'HOLDS_ROLE Hana Lindqvist -> Oaxaca',
    ],
    [
      'a possessive country before a newly appointed office',
      'Lima hosted Peru’s newly appointed Foreign Minister, Tomasz Wierzbicki, on Monday.',
      'HOLDS_ROLE Tomasz Wierzbicki -> Peru',
    ],
    [
      'a country between the title and the name',
      'The minister spoke with the President of Peru Tomasz Wierzbicki on Monday.',
      'HOLDS_ROLE Tomasz Wierzbicki -> Peru',
    ],
    [
      'a detective rank after an acronym',
      'The KRVA said so. KRVA Detective Superintendent Rosa Quispe said the KRVA worked.',
      'HOLDS_ROLE Rosa Quispe -> KRVA',
    ],
    [
      'a commandant of a service',
      'Harbor Guard Commandant Rosa Quispe said the cutters were ready.',
      'HOLDS_ROLE Rosa Quispe -> Harbor Guard',
    ],
    [
      'a group led by a person',
      'The Zarqan Cartel, led by Tomasz Wierzbicki, controls the port.',
      'MEMBER_OF Tomasz Wierzbicki -> Zarqan Cartel',
    ],
    [
      'a policy-area title held in the department written the other way round',
      'The Justice Department charged 12 people, Attorney General Hana Lindqvist said.',
      'HOLDS_ROLE Hana Lindqvist -> U.S. Department of Justice',
    ],
    [
      'a warship put in a body of water the gazetteer does not know',
      'HMS Dauntless sailed into the Kattegat Strait on Monday.',
      'DEPLOYED_TO HMS Dauntless -> Kattegat Strait',
    ],
    [
      'a ship put in a sea by its sentence',
      'The USS Halsey sailed into the Red Sea on Monday.',
      'DEPLOYED_TO USS Halsey -> Red Sea',
    ],
  ])('%s', (_why, text, key) => {
    expect(relationKeys(run(text))).toContain(key);
  });

  it('a bare body name is the qualified one named last before it', () => {
    const out = run(
      'The Chilean Navy joined drills off Chile. The Peruvian Navy said the drills ended. ' +
        'Hana Lindqvist, the Navy spokesperson, confirmed it.',
    );
    expect(relationKeys(out)).toContain('HOLDS_ROLE Hana Lindqvist -> Peruvian Navy');
  });

  it.each([
    ['a passive charge', 'Rui Tavares was charged with fraud in Portugal.', 'OPPOSES Rui Tavares'],
    [
      '"war in" a place',
      'Since the start of the Gaza war in 2023, the Zarqan movement has fired on ships.',
      'OPPOSES Gaza',
    ],
    [
      'a city and a country in one sentence',
      'Russia struck Kyiv overnight, Ukraine said.',
      'LOCATED_IN Kyiv',
    ],
    [
      'a merchant ship in a sea (it was not sent there)',
      'Rebels attacked the bulk carrier Coral Horizon in the Red Sea on Monday.',
      'DEPLOYED_TO Coral Horizon',
    ],
    [
      'a ship and a sea in different sentences',
      'The USS Halsey left port. The Red Sea is busy.',
      'DEPLOYED_TO USS Halsey',
    ],
  ])('none from %s', (_why, text, prefix) => {
    expect(relationKeys(run(text)).filter((r) => r.startsWith(prefix))).toEqual([]);
  });
});

describe('events', () => {
  it.each([
    [
      'a named speaker, dated when reported',
      'Minister Ana Ruiz said the port would reopen.',
      '2025-03-04',
      'STATEMENT Ana Ruiz 2025-03-04',
    ],
    [
      'a speaker after the quote',
      '“We are ready,” said Defense Minister Ana Ruiz.',
      null,
      'STATEMENT Ana Ruiz',
    ],
    [
      'firing on vessels',
      'The Zarqan movement fired missiles at the tanker Coral Horizon on Sunday.',
      '2025-03-04',
      'STRIKE Zarqan movement+Coral Horizon 2025-03-02',
    ],
    [
      // Sunday is when officials said it; the sinking may be earlier: the month is what is sure.
      'sinking a ship',
      'The Zarqan movement has sunk the tanker Coral Horizon, officials said on Sunday.',
      '2025-03-04',
      'STRIKE Zarqan movement+Coral Horizon 2025-03',
    ],
    [
      'a ship that sank after an attack',
      'The tanker Coral Horizon sank after a Zarqan movement attack on March 2.',
      '2025-03-04',
      'STRIKE Coral Horizon+Zarqan movement 2025-03-02',
    ],
    [
      'two named people who met, with no "with"',
      'Ana Ruiz and Tomasz Wierzbicki met on Friday in Lima.',
      '2025-03-04',
      'MEETING Ana Ruiz+Tomasz Wierzbicki 2025-02-28',
    ],
    [
      'a statement reported without a date, on the day it is reported',
      'The Peruvian Navy announced another seizure by its officers.',
      '2025-03-04',
      'STATEMENT Peruvian Navy 2025-03-04',
    ],
    [
      'an undated later part of the story, on the day its first part is dated',
      'The Zarqan movement fired missiles at the tanker Coral Horizon on Sunday. Officials said the Zarqan movement also struck the tanker Blue Marlin.',
      '2025-03-04',
      'STRIKE Zarqan movement+Blue Marlin 2025-03-02',
    ],
    [
      'a date that modifies the event noun in a later sentence',
      'Foreign Minister Ana Ruiz met with Tomasz Wierzbicki in Lima. The March 3 meeting set up a working group.',
      '2025-03-04',
      'MEETING Ana Ruiz+Tomasz Wierzbicki 2025-03-03',
    ],
    [
      'a sentence',
      'A court sentenced Rui Tavares to 12 years on Monday.',
      '2025-03-04',
      'OTHER Rui Tavares 2025-03-03',
    ],
  ])('%s', (_why, text, publishedAt, key) => {
    expect(eventKeys(text, publishedAt)).toContain(key);
  });

  it('one statement per speaker: a quote over several sentences is one statement', () => {
    const keys = eventKeys('Ana Ruiz said the port was safe. Ana Ruiz said it would reopen.');
    expect(keys.filter((k) => k.startsWith('STATEMENT'))).toHaveLength(1);
  });

  it('a definite "the meeting" later on retells the meeting, wherever its sentence is set', () => {
    const keys = eventKeys(
      'President Hana Lindqvist met with President Tomasz Wierzbicki on Saturday in Oslo. ' +
        'The meeting comes amid Wierzbicki’s efforts to end violence in Poland.',
      '2025-03-30',
    );
    expect(keys.filter((k) => k.startsWith('MEETING'))).toHaveLength(1);
  });

  it('"this seizure" later on is the seizure already told, whoever its sentence names', () => {
    const keys = eventKeys(
      'The Peruvian Navy seized 3 tons of cocaine off Callao on Sunday. ' +
        'With this seizure, 40 tons have been seized during the government of President Hana Lindqvist.',
      '2025-03-30',
    );
    expect(keys.filter((k) => k.startsWith('SEIZURE'))).toHaveLength(1);
  });

  it('a middle name alone is the person named with it in full', () => {
    const keys = entityKeys(
      run('Foreign Minister Lars Vendel Holmberg spoke. The talks were useful, Vendel said.'),
    );
    expect(keys.filter((k) => k.startsWith('Person:'))).toEqual(['Person:Lars Vendel Holmberg']);
  });

  it('"said Monday" is last Monday even when the sentence talks of next steps', () => {
    const keys = eventKeys(
      'Secretary General Hana Lindqvist said Monday that the alliance was working on the next steps.',
      '2026-01-13',
    );
    expect(keys).toContain('STATEMENT Hana Lindqvist 2026-01-12');
  });

  it.each([
    [
      'shadowing a warship is no seizure',
      'HMS Dauntless intercepted the submarine Varnholt near the coast.',
      'SEIZURE',
    ],
    ['firing water cannons is nobody fired', 'The Peruvian Navy fired water cannons at two boats.', 'OTHER'],
    [
      'a seizure that has not happened yet',
      'Under the new order, Peruvian Navy cutters will be tasked with seizing drug shipments.',
      'SEIZURE',
    ],
    [
      'a question still open',
      'A court in Lima will decide whether to extradite Tomasz Wierzbicki to Ecuador.',
      'EXTRADITION',
    ],
    [
      'talks someone planned to hold',
      'Earlier, a newspaper reported that Foreign Minister Ana Ruiz planned to hold talks with Tomasz Wierzbicki in Lima.',
      'MEETING',
    ],
    [
      'a vessel that sank by itself',
      'The Peruvian Navy towed the boat, but it took on water and sank on Friday.',
      'STRIKE',
    ],
  ])('no event from %s', (_why, text, type) => {
    expect(eventKeys(text, '2025-03-30').filter((k) => k.startsWith(type))).toEqual([]);
  });

  it.each([
    [
      'the outlet of a dateline',
      'LISBON (Harbor Times) -- The Peruvian Navy seized 2 tons of cocaine on Friday. Its captain told Harbor Times more was coming.',
      'SEIZURE Peruvian Navy 2025-03-28',
    ],
    [
      'a place a distance is measured from',
      'The Peruvian Navy seized 2 tons of cocaine 300 miles west of Ecuador on Friday.',
      'SEIZURE Peruvian Navy 2025-03-28',
    ],
    [
      'places listed after a preposition',
      'The Peruvian Navy seized 2 tons of cocaine off Ecuador and Central and South America on Friday.',
      'SEIZURE Peruvian Navy 2025-03-28',
    ],
    [
      'a port city',
      'The Peruvian Navy seized 2 tons of cocaine in the port of Callao on Friday.',
      'SEIZURE Peruvian Navy 2025-03-28',
    ],
    [
      'a place goods were headed to',
      'The Peruvian Navy seized 2 tons of cocaine bound for shipment to Ecuador on Friday.',
      'SEIZURE Peruvian Navy 2025-03-28',
    ],
  ])('no participant from %s', (_why, text, key) => {
    expect(eventKeys(text, '2025-03-30').filter((k) => k.startsWith('SEIZURE'))).toEqual([key]);
  });

  it('a later meeting with someone new is another meeting', () => {
    const keys = eventKeys(
      'Foreign Minister Hakan Demir met with Ana Ruiz in Lima on Thursday. Demir also met with his Dutch counterpart Hanke Vrolijk Brink.',
      '2025-03-07',
    );
    expect(keys.filter((k) => k.startsWith('MEETING'))).toEqual([
      'MEETING Hakan Demir+Ana Ruiz 2025-03-06',
      'MEETING Hakan Demir+Hanke Vrolijk Brink 2025-03-06',
    ]);
  });

  it('"he" is the man named last, not the woman named after him', () => {
    const keys = eventKeys(
      'Foreign Minister Hakan Demir met with Annalena Vogt on Thursday. He also held a meeting with his Dutch counterpart Hanke Vrolijk Brink.',
      '2025-03-07',
    );
    expect(keys).toContain('MEETING Hakan Demir+Hanke Vrolijk Brink 2025-03-06');
  });

  it('"the cartel" opening the next sentence is the cartel just named', () => {
    const x = run(
      'The Treasury sanctioned six people tied to the Zarqan Cartel. The cartel is designated as a foreign terrorist organization by the United States.',
    );
    expect(relationKeys(x)).toContain('DESIGNATED United States -> Zarqan Cartel');
  });

  it('a place before "-based" takes part in nothing', () => {
    const keys = eventKeys(
      'The Treasury sanctioned eight Peru-based companies tied to the Zarqan Cartel on Monday.',
      '2025-03-30',
    );
    expect(keys.filter((k) => k.startsWith('SANCTION'))).toEqual([
      'SANCTION Treasury+Zarqan Cartel 2025-03-24',
    ]);
  });

  it('an event told as earlier than the story gets no date the article does not give', () => {
    const keys = eventKeys('The Zarqan Cartel was previously designated by the United States.', '2025-03-30');
    expect(keys).toEqual(['DESIGNATION Zarqan Cartel+United States']);
  });

  it.each([
    [
      'a person who reports it',
      'Defense Minister Ana Ruiz announced on Thursday that Peruvian forces struck a boat run by the Zarqan Cartel.',
      'STRIKE',
      'Ana Ruiz',
    ],
    [
      'provinces listed after "in the provinces of", serial comma included',
      'The Peruvian Navy arrested 28 suspects in the provinces of Tumbes, Piura, and Lambayeque.',
      'ARREST',
      'Lambayeque',
    ],
    [
      'a place after "in the waters of the state of"',
      'The Peruvian Navy seized a semi-submersible in the waters of the state of Tumbes.',
      'SEIZURE',
      'Tumbes',
    ],
    [
      'the start of a route',
      'The Peruvian Navy seized boats coming from Ecuador to Chile on Friday.',
      'SEIZURE',
      'Ecuador',
    ],
    [
      'the speaker of a quote that tells the event',
      '“The Peruvian Navy seized two tons of cocaine in this operation,” said Defense Minister Ana Ruiz.',
      'SEIZURE',
      'Ana Ruiz',
    ],
    [
      'the person the sentence is attributed to',
      'A federal judge ruled that Tomasz Wierzbicki can be extradited to Peru, defense attorney Jose Refugio Quispe told reporters on Monday.',
      'EXTRADITION',
      'Jose Refugio Quispe',
    ],
    [
      'the place of a dateline that follows the outlet',
      'HARBOR TIMES — LIMA – Police arrested Tomasz Wierzbicki in Peru on Monday.',
      'ARREST',
      'Lima',
    ],
    [
      'a dateline place with the agency in parentheses after a comma',
      'Lima, (APP - Harbor News) Peru declared a state of emergency on Monday.',
      'OTHER',
      'Lima',
    ],
    [
      'a person cited as the source',
      'Tomasz Wierzbicki escaped from prison on Sunday, according to presidency spokesman Rogan Galvez.',
      'OTHER',
      'Rogan Galvez',
    ],
    [
      'a country named after "amid"',
      'The Peruvian Navy deployed the frigate BAP Varnholt to the coast amid rising tensions with Ecuador.',
      'DEPLOYMENT',
      'Ecuador',
    ],
  ])('no participant from %s', (_why, text, type, name) => {
    const events = run(text, '2025-03-30').events.filter((e) => e.type === type);
    expect(events).toHaveLength(1);
    expect(events[0]?.participants).not.toContain(name);
  });

  it.each([
    [
      'a statement nobody named made',
      'Last month, it was announced that the frigate BAP Varnholt would sail to Lima.',
      'STATEMENT',
    ],
    [
      'a stance on a deployment',
      'Prime Minister Ana Ruiz expressed her support for the troop deployment in Peruvian waters.',
      'DEPLOYMENT',
    ],
    [
      'a participle used as an adjective',
      'Police Spokesman Nihal Wickrama said heroin was found on the arrested suspects.',
      'ARREST',
    ],
    [
      'a warship arriving in port',
      'The BAP Varnholt, a Peruvian Navy frigate, arrived in Lima on Sunday.',
      'VISIT',
    ],
  ])('no event from %s', (_why, text, type) => {
    expect(eventKeys(text, '2025-03-30').filter((k) => k.startsWith(type))).toEqual([]);
  });

  it('a list of places is no containment', () => {
    const x = run(
      'He faces charges in federal courts in Arizona, Texas, California, Illinois, Florida and New York.',
    );
    expect(relationKeys(x).filter((k) => k.startsWith('LOCATED_IN'))).toEqual([]);
  });

  it('places listed after "across" are where an action against something happens', () => {
    const x = run(
      'Interpol launched an operation against drug trafficking across Europe, North America and Africa.',
    );
    expect(relationKeys(x).filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });

  it('words inside a quote that opened in an earlier sentence do not oppose its speaker', () => {
    const x = run(
      '“Interpol helped a great deal. Interpol’s network helped us arrest high level targets,” said Rogan Galvez, Director of the Peruvian National Police.',
    );
    expect(relationKeys(x).filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });

  it('"since November" does not date the statement; the speaker before an appositive makes it', () => {
    const keys = eventKeys(
      'President Ana Ruiz, in office since November, announced a 60-day mobilization of soldiers in the hunt for Tomasz Wierzbicki.',
      '2024-01-09',
    );
    expect(keys.filter((k) => k.startsWith('STATEMENT'))).toEqual(['STATEMENT Ana Ruiz 2024-01-09']);
  });

  it('"pleaded not guilty" is an event: the trigger’s own "not" is no modality', () => {
    const keys = eventKeys(
      'Last September, Tomasz Wierzbicki pleaded not guilty to 17 charges.',
      '2025-08-25',
    );
    expect(keys).toContain('OTHER Tomasz Wierzbicki 2024-09');
  });

  it('"He …" opening a sentence is the person the sentence before opened with, and takes part', () => {
    const keys = eventKeys(
      'Tomasz Wierzbicki, 77, founded the group with smuggler Rogan Galvez. He was arrested in Peru in July 2024 along with Ana Quispe Lopez.',
      '2025-08-25',
    );
    expect(keys.filter((k) => k.startsWith('ARREST'))).toEqual([
      'ARREST Tomasz Wierzbicki+Ana Quispe Lopez 2024-07',
    ]);
  });

  it('a meeting that is scheduled is still an event', () => {
    const keys = eventKeys(
      'Foreign Minister Ana Ruiz will meet with Tomasz Wierzbicki in Lima on Friday.',
      '2025-03-24',
    );
    expect(keys.filter((k) => k.startsWith('MEETING'))).toHaveLength(1);
  });

  it('a body before an office takes part in nothing', () => {
    const keys = eventKeys(
      'The envoy met with members of the US President’s team and Tomasz Wierzbicki, a White House adviser.',
      '2025-03-30',
    );
    expect(keys.filter((k) => k.startsWith('MEETING'))).toEqual(['MEETING Tomasz Wierzbicki 2025-03']);
  });

  it('an outlet cited as the source makes no statement', () => {
    expect(
      eventKeys('The port closed, The Harbor Times said.').filter((k) => k.startsWith('STATEMENT')),
    ).toEqual([]);
  });
});

describe('round 5: errors read on real articles outside the dev set', () => {
  it.each([
    [
      'an ordinary word after "members of"',
      'Members of the Media are invited to the briefing in Lima.',
      [],
      ['Cartel:Media'],
    ],
    [
      'a name glued to a prefix',
      'The trans-Atlantic cocaine trade grew, officials in Lima said.',
      [],
      ['Location:Atlantic'],
    ],
    [
      'letters after a name',
      'Commodore Tomasz Edward Wierzbicki RN visited Lima on Friday.',
      ['Person:Tomasz Edward Wierzbicki'],
      ['Person:Tomasz Edward Wierzbicki RN'],
    ],
    [
      'a former state',
      'In 1969, USSR Defence Minister Rogan Galvez made a trip to Lima.',
      ['Location:Soviet Union'],
      ['Organization:USSR'],
    ],
    [
      'a body whose name ends in "Economic Cooperation"',
      'Ana Ruiz spoke at the Asia Pacific Economic Cooperation meeting in Peru.',
      ['Organization:Asia Pacific Economic Cooperation'],
      ['Location:Asia-Pacific'],
    ],
    [
      'courtesy titles without a dot',
      'Dr Tomasz Wierzbicki met Mr Rogan Galvez in Lima on Friday.',
      ['Person:Tomasz Wierzbicki', 'Person:Rogan Galvez'],
      ['Person:Dr Tomasz Wierzbicki'],
    ],
    [
      'a capitalized gang name that spells a title',
      'Peru designated MS-13 a terrorist organization.',
      ['Cartel:MS-13'],
      [],
    ],
    [
      'the leader named after "the leader of the X gang,"',
      'Police hunt the leader of the Los Zarcos gang, Tomasz Adolfo Wierzbicki Galvez, who escaped on Sunday.',
      ['Person:Tomasz Adolfo Wierzbicki Galvez', 'Cartel:Los Zarcos'],
      ['Cartel:Tomasz Adolfo Wierzbicki Galvez'],
    ],
    [
      'an ordinal that opens a name inside a sentence',
      'The ZRQ, or First Harbor Command, is one of the largest prison gangs in Peru.',
      ['Organization:First Harbor Command'],
      ['Organization:Harbor Command'],
    ],
    [
      'a force "of" a country',
      'The drill had support from helicopters of the Royal Air Force of Peru and the Royal Navy of Peru.',
      ['Organization:Royal Air Force of Peru', 'Organization:Royal Navy of Peru'],
      ['Person:Royal Air Force of Peru'],
    ],
    [
      'a given name before a demonym',
      'The exercise tests capabilities of Gulf of Guinea and West African nations.',
      [],
      ['Person:West African'],
    ],
    [
      'an ordinary word opening the sentence before a country',
      "Separately, Peru's interior ministry said it had reached an agreement.",
      ['Location:Peru'],
      ['Location:Separately'],
    ],
    [
      'an ordinary word opening the sentence before a place noun',
      'Local coast guard units found the boat early Wednesday morning near Callao.',
      ['Location:Callao'],
      ['Location:Local'],
    ],
    [
      "a given name before a body's head word",
      'A Thai Police raid on a rented house found ten suspects.',
      [],
      ['Person:Thai Police'],
    ],
    [
      '"the Foreign Ministry" in full',
      'Foreign Minister Ana Ruiz met Tomasz Wierzbicki in Lima, the Foreign Ministry said.',
      ['Organization:Ministry of Foreign Affairs'],
      ['Organization:Ministry of Foreign'],
    ],
    [
      'a rank without dots',
      "The deputy head of Peru's Tourist Police Maj Gen Rogan Galvez said police raided a house.",
      ['Person:Rogan Galvez', 'Organization:Tourist Police'],
      ['Person:Tourist Police Maj Gen Rogan Galvez'],
    ],
    [
      "a prefix and a lower-case word opening a body's name",
      'The raid was ordered by prosecutors of the Anti-mafia District Directorate (DDA) in Lima.',
      ['Organization:Anti-mafia District Directorate'],
      ['Organization:District Directorate'],
    ],
    [
      'a police rank',
      'PNP Chief, Police General Tomasz Wierzbicki, said the ring was broken.',
      ['Person:Tomasz Wierzbicki'],
      ['Person:Police'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-03-30')), present, absent);
  });

  it.each([
    [
      'a family name written first',
      'Foreign Minister Park Min-jun met Ana Ruiz in Lima on Friday. Later, Park and Ruiz agreed to cooperate.',
      'Park Min-jun',
      'Park',
    ],
    [
      '"also known as" after a person',
      'Peru sanctioned Tomasz Wierzbicki Flores, also known as Nino Galvez, on Friday.',
      'Tomasz Wierzbicki Flores',
      'Nino Galvez',
    ],
  ])('one person: %s', (_why, text, name, alias) => {
    const people = run(text, '2025-03-30').entities.filter((e) => e.type === 'Person');
    expect(people.find((p) => p.name === name)?.aliases).toContain(alias);
    expect(people.map((p) => p.name)).not.toContain(alias);
  });

  it.each([
    [
      'a place after "from" is an origin',
      'Police in Peru arrested 40 members of the Zarqan clan from Tumbes on Friday.',
      ['ARREST Zarqan Clan 2025-03-28'],
    ],
    [
      'a place that names a suburb',
      'Tomasz Wierzbicki was arrested by Peruvian police on Thursday in an affluent Lima suburb.',
      ['ARREST Tomasz Wierzbicki 2025-03-27'],
    ],
    [
      'the country that owns a cartel',
      "Tomasz Wierzbicki, a leader of Peru's Zarqan Cartel, was arrested on Thursday.",
      ['ARREST Tomasz Wierzbicki+Zarqan Cartel 2025-03-27'],
    ],
    [
      'a person after "under" and a title',
      'Foreign Minister Ana Ruiz met Tomasz Wierzbicki in Lima on Friday, the first such meeting under President Rogan Galvez.',
      ['MEETING Ana Ruiz+Tomasz Wierzbicki 2025-03-28'],
    ],
    [
      'the head of an administration (kept; round 13: the country extradited to is a party, "under" no longer hides it)',
      "Peru has extradited 12 cartel members to Ecuador under President Rogan Galvez's administration.",
      ['EXTRADITION Peru+Ecuador+Rogan Galvez 2025-03'],
    ],
    [
      'a region after "on the"',
      'Peru deployed troops to Ecuador, a threat to security on the Paracas Peninsula, on Friday.',
      ['DEPLOYMENT Peru 2025-03-28'],
    ],
    [
      'the backdrop after "comes … as"',
      "Foreign Minister Ana Ruiz's visit to Ecuador comes at a critical time as NATO forces leave Chile.",
      ['VISIT Ana Ruiz 2025-03'],
    ],
    [
      'a statement whose speaker is unnamed',
      'Tomasz Wierzbicki was arrested in Lima on Friday, police said in a statement.',
      ['ARREST Tomasz Wierzbicki 2025-03-28'],
    ],
    [
      '"the two nations" with no two countries near',
      'Peru and Chile opened a border post in 2019. Prices rose. Exports fell. Ana Ruiz and Rogan Galvez agreed to strengthen ties between the two nations on Friday.',
      ['AGREEMENT Ana Ruiz+Rogan Galvez 2025-03-28'],
    ],
    [
      'a year after "as far back as"',
      'The last visit took place as far back as 1987, when Defense Minister Rogan Galvez made a trip to Lima.',
      ['VISIT Rogan Galvez 1987'],
    ],
    [
      'an act told "a week later" than a dated one is counted from it (round 13; was undated)',
      'Tomasz Wierzbicki was arrested in Lima on March 3 and extradited to Ecuador a week later.',
      ['EXTRADITION Tomasz Wierzbicki+Ecuador 2025-03-10', 'ARREST Tomasz Wierzbicki 2025-03-03'],
    ],
    [
      'the day a ministry reported the event',
      'Foreign Minister Ana Ruiz and her counterpart, Tomasz Wierzbicki, held talks in Lima, the ministry said Friday.',
      ['MEETING Ana Ruiz+Tomasz Wierzbicki 2025-03'],
    ],
    [
      'a retelling that names nobody dates the event',
      'Foreign Minister Ana Ruiz and her counterpart, Tomasz Wierzbicki, held talks in Lima, the ministry said Friday. The two ministers held a meeting on Thursday to discuss trade.',
      ['MEETING Ana Ruiz+Tomasz Wierzbicki 2025-03-27'],
    ],
    [
      'a time in the backdrop after "since"',
      'It was the first meeting between Ana Ruiz and Rogan Galvez since the minister took office last month.',
      ['MEETING Ana Ruiz+Rogan Galvez 2025-03', 'OTHER Ana Ruiz+Rogan Galvez 2025-02'],
    ],
    [
      'an honorific with a dot before a name',
      'Minister Ana Ruiz held a telephone talk with Hon. Tomasz Wierzbicki on Friday.',
      ['CALL Ana Ruiz+Tomasz Wierzbicki 2025-03-28'],
    ],
    [
      '"held bilateral talks" is a meeting',
      'Ana Ruiz and Tomasz Wierzbicki held bilateral talks in Lima on Friday.',
      ['MEETING Ana Ruiz+Tomasz Wierzbicki 2025-03-28'],
    ],
    [
      'the source a speaker cites, and people who only report an arrest',
      'In a statement, Police Chief Tomasz Wierzbicki, citing reports from Drug Enforcement Group Director Rogan Galvez, said two men were arrested.',
      ['STATEMENT Tomasz Wierzbicki 2025-03-30'],
    ],
    [
      'a speaker who took part ("said on Monday she met")',
      'Ana Ruiz said on Monday she met Rogan Galvez in Lima.',
      ['MEETING Ana Ruiz+Rogan Galvez 2025-03-24', 'STATEMENT Ana Ruiz 2025-03-24'],
    ],
    [
      'sanctions someone evades',
      'Tomasz Wierzbicki used ageing tankers to evade sanctions on the sale of Peruvian oil.',
      [],
    ],
    [
      'an arrest that is expected',
      'Tomasz Wierzbicki is expected to be formally arrested when the aircraft lands in Lima.',
      [],
    ],
    [
      'a year opening the sentence ("In 2021,")',
      'In 2021, the Peruvian authorities imposed sanctions against Tomasz Wierzbicki.',
      ['SANCTION Tomasz Wierzbicki 2021'],
    ],
    [
      'a date inside the clause a speaker reports',
      'Peruvian President Rogan Galvez said Tomasz Wierzbicki was arrested on March 25.',
      ['ARREST Tomasz Wierzbicki 2025-03-25', 'STATEMENT Rogan Galvez 2025-03-30'],
    ],
    [
      'the owner of the event noun, not who reports it',
      "The Kremlin said on Friday Finland's seizure of the ship was of little concern.",
      ['SEIZURE Finland 2025-03-28', 'STATEMENT Kremlin 2025-03-28'],
    ],
    [
      'a dateline written "City.-"',
      'Lima.- Police arrested Tomasz Wierzbicki near Callao on Friday.',
      ['ARREST Tomasz Wierzbicki 2025-03-28'],
    ],
    [
      'a minister who "informed that" the authorities arrested someone',
      'Minister Ana Ruiz also informed that on March 5, the authorities apprehended Tomasz Wierzbicki.',
      ['ARREST Tomasz Wierzbicki 2025-03-05'],
    ],
    [
      'a body cited "according to" with a qualifier between',
      'Police arrested 34 members of the Zarqan clan on Tuesday, according to the Lima-based National Crime Bureau.',
      ['ARREST Zarqan Clan 2025-03-25'],
    ],
    [
      'a future meeting the speaker announces is scheduled, so an event (round 9; was no event)',
      'Defense Minister Ana Ruiz said she would be meeting Tomasz Wierzbicki on Monday.',
      ['MEETING Ana Ruiz+Tomasz Wierzbicki 2025-03-31', 'STATEMENT Ana Ruiz 2025-03-30'],
    ],
    [
      'a named gathering is no meeting',
      "Ana Ruiz explained the policy of Peru for the Andean Leaders' Meeting on Friday.",
      ['STATEMENT Ana Ruiz 2025-03-28'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-03-30')).toEqual(keys);
  });

  it('a modifier that changes the office stays in the role', () => {
    const x = run(
      'Assistant Attorney General Ana Ruiz of the Department of Justice said the case was strong.',
    );
    const role = x.relations.find((r) => r.type === 'HOLDS_ROLE' && r.from === 'Ana Ruiz');
    expect(role?.role).toBe('Assistant Attorney General');
  });

  it('a call has no location', () => {
    const [call] = run('Ana Ruiz and Rogan Galvez spoke by phone in Lima on Friday.', '2025-03-30').events;
    expect(call?.type).toBe('CALL');
    expect(call?.location).toBeNull();
  });

  it('a place in the backdrop is not where the event happened', () => {
    const [meeting] = run(
      'It was the first meeting between Ana Ruiz and Rogan Galvez since the minister took office in Quito.',
      '2025-03-30',
    ).events;
    expect(meeting?.type).toBe('MEETING');
    expect(meeting?.location).toBeNull();
  });
});

describe('round 6: errors read on the open dev part and on real articles outside the dev set', () => {
  it.each([
    [
      'a court whose kind is written in lower case',
      'The Tumbes high court on Monday sentenced Rogan Galvez to five years.',
      ['Organization:Tumbes high court'],
      [],
    ],
    [
      'a slash prefix names a merchant vessel',
      'Rebels fired on the M/V Coral Horizon and M/T Sea Lark near the coast.',
      ['Ship:M/V Coral Horizon', 'Ship:M/T Sea Lark'],
      ['Person:Coral Horizon'],
    ],
    [
      "a ship's number after its name",
      'Rebels attacked supply vessels Coral Horizon 2 and Sea Lark near the coast.',
      ['Ship:Coral Horizon 2'],
      ['Ship:Coral Horizon'],
    ],
    [
      'an elided particle inside a name',
      'President Rogan Galvez began a state visit to Cote d’Ivoire on Thursday.',
      ['Location:Ivory Coast'],
      ['Location:Cote'],
    ],
    [
      "a hyphenated prefix opens a body's name",
      'The two countries held the 10th session of the Bi-National Commission in Lima.',
      ['Organization:Bi-National Commission'],
      ['Organization:National Commission'],
    ],
    [
      'an honorific is no part of the name',
      'The Honourable Ana Ruiz, Minister of Foreign Affairs, met Rogan Galvez in Lima.',
      ['Person:Ana Ruiz'],
      ['Person:Honourable Ana Ruiz'],
    ],
    [
      "a person before a country's title is no place in it",
      "Ana Ruiz met Rogan Galvez, Peru's Minister of Foreign Affairs, in Lima on Friday.",
      ['Person:Rogan Galvez'],
      ['Location:Rogan Galvez'],
    ],
    [
      'an award named after a person',
      'Ana Ruiz awarded Rogan Galvez the Bernardo Quispe Order at a ceremony in Lima.',
      [],
      ['Person:Bernardo Quispe Order'],
    ],
    [
      'a cartel named in Spanish word order',
      "The gang is backed by Peru's Cartel Tumbes Nueva Generación, police said.",
      ['Cartel:Cartel Tumbes Nueva Generación'],
      ['Person:Cartel Tumbes Nueva Generación'],
    ],
    [
      'a place before "drug cartel" names the cartel',
      'Rogan Galvez was the head of the Tumbes drug cartel until 1993.',
      ['Cartel:Tumbes Cartel'],
      ['Location:Tumbes'],
    ],
    [
      'a participle opening a sentence before a Spanish group name',
      'Jailed Los Zarcos members run the prison in Lima, police said.',
      ['Cartel:Los Zarcos'],
      ['Organization:Jailed Los Zarcos'],
    ],
    [
      'a ship named with a title after a vessel noun',
      'The Russian frigate Admiral Volkov sailed from Lima on Friday.',
      ['Ship:Admiral Volkov'],
      ['Person:Volkov'],
    ],
    [
      'a rank written without a dot',
      'Lieutenant Rogan Galvez commands the ship. Lt Galvez said the crew was ready.',
      ['Person:Rogan Galvez'],
      ['Person:Lt Galvez'],
    ],
    [
      'an acronym before a title is the body the article spelled out',
      'Officials of the Peruvian Coast Guard (PCGX) met in Lima. PCGX Spokesperson Ana Ruiz said the drill went well.',
      ['Organization:Peruvian Coast Guard'],
      ['Organization:PCGX'],
    ],
    [
      'a water word heads a place only with "of"',
      'The destroyer, armed with Sea Lance missiles, sailed into the Gulf of Aden on Friday.',
      ['Location:Gulf of Aden'],
      ['Location:Sea Lance'],
    ],
    [
      "a country's word and one body word",
      'The warship arrived in Lima on Friday, the Peruvian Ministry said.',
      ['Organization:Peruvian Ministry'],
      ['Person:Peruvian Ministry'],
    ],
    [
      'a capitalized Arabic article inside a name',
      'Sheikh Rashid Al-Hamad Al-Nasser received Ana Ruiz in Lima on Monday.',
      ['Person:Rashid Al-Hamad Al-Nasser'],
      ['Person:Sheikh Rashid Al', 'Person:Hamad Al-Nasser'],
    ],
    [
      'an office "of the" body before a courtesy title',
      'Minister of the Royal Diwan Sheikh Rashid Al-Nasser said the talks went well.',
      ['Person:Rashid Al-Nasser'],
      ['Person:Royal Diwan', 'Person:Royal Diwan Sheikh Rashid Al-Nasser'],
    ],
    [
      'a Spanish-order cartel after "and" is a name of its own',
      'Peru listed Los Zarcos and Cartel de Tumbes Nueva Generación as terrorist entities.',
      ['Cartel:Cartel de Tumbes Nueva Generación'],
      ['Cartel:Los Zarcos and Cartel'],
    ],
    [
      "a currency's country",
      'Police seized assets valued at U.S. $683 million in Lima on Friday.',
      ['Location:Lima'],
      ['Location:United States'],
    ],
    [
      'Malaysian honorifics are no part of the name',
      'Datuk Seri Rogan Galvez said on Friday the police had seized the drugs.',
      ['Person:Rogan Galvez'],
      ['Person:Seri Rogan Galvez'],
    ],
    [
      '"State of" inside a body\'s name',
      'The Office of the State of Tumbes reported that two patrols were ambushed.',
      ['Organization:Office of the State of Tumbes'],
      ['Organization:Office of the State'],
    ],
    [
      'an age in apposition follows only people',
      'Lima Quispe, 34, and Ana Ruiz, 37, were charged on Friday.',
      ['Person:Lima Quispe'],
      ['Location:Lima'],
    ],
    [
      'a newspaper named "Mail" that reports',
      'Police seized two tonnes of drugs in Tumbes, the Andean Mail reported. The Andean Mail said it had seen the report.',
      ['Organization:Andean Mail'],
      ['Person:Andean Mail'],
    ],
    [
      'a model designation after a list of vessels',
      'The combination of destroyers, P-8 Poseidon aircraft and a submarine gives Peru options.',
      [],
      ['Ship:P'],
    ],
    [
      'a facility named after a person',
      'He was flown from the Rogan Galvez airbase in Lima on Thursday.',
      [],
      ['Person:Rogan Galvez'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-03-30')), present, absent);
  });

  it.each([
    [
      'a judge sits on the only court the article names',
      'The Tumbes high court on Monday sentenced Rogan Galvez to five years. Justice Ana Ruiz read the order.',
      ['HOLDS_ROLE Ana Ruiz -> Tumbes high court'],
      [],
    ],
    [
      'no court for a judge when the article names two',
      'The Tumbes high court and the Supreme Court of Peru heard Rogan Galvez. Justice Ana Ruiz read the order.',
      [],
      ['HOLDS_ROLE Ana Ruiz -> Tumbes high court', 'HOLDS_ROLE Ana Ruiz -> Supreme Court of Peru'],
    ],
    [
      'duties on a country',
      'Peruvian President Rogan Galvez raised duties on Ecuador to 35 per cent.',
      ['OPPOSES Rogan Galvez -> Ecuador'],
      [],
    ],
    [
      "the one who acts comes after the speaker's verb",
      'Spokesperson Ana Ruiz said that the Peruvian Navy used water cannons against Ecuador on Sunday.',
      ['OPPOSES Peruvian Navy -> Ecuador'],
      ['OPPOSES Ana Ruiz -> Ecuador'],
    ],
    [
      'a vessel is no opponent',
      'The Peruvian Navy used water cannons against the vessel Coral Horizon on Sunday.',
      [],
      ['OPPOSES Peruvian Navy -> Coral Horizon'],
    ],
    [
      'a country owning the group opposed is not opposed',
      'Peru has protected shipping from attacks by Ecuador’s Zarqan Cartel since January.',
      [],
      ['OPPOSES Peru -> Ecuador'],
    ],
    [
      'a body that announces a charge is not charged',
      'Peruvian authorities have charged 14 people, the Peruvian Ministry of Justice announced Monday.',
      [],
      ['OPPOSES Peru -> Peruvian Ministry of Justice'],
    ],
    [
      'a hypothetical action against a country by someone else',
      'Rogan Galvez warned of a response to any perceived action against Ecuador by the Peruvian Navy.',
      [],
      ['OPPOSES Rogan Galvez -> Ecuador'],
    ],
    [
      'a body named "of" a country belongs to that country, not the article\'s',
      'The Peruvian Navy met the Royal Navy of Chile in Lima. The Peruvian Navy and Peru held drills off Peru.',
      [],
      ['PART_OF Royal Navy of Chile -> Peru'],
    ],
    [
      'relatives of a person are not the person',
      'The Peruvian Ministry of Justice announced charges against three sons of the drug kingpin Rogan Galvez.',
      [],
      ['OPPOSES Peruvian Ministry of Justice -> Rogan Galvez'],
    ],
    [
      "an ambassador's host country is no qualifier",
      "Ambassador of Peru to Chile Ana Ruiz spoke in Lima. Ecuador's Ambassador to Bolivia Rogan Galvez agreed.",
      ['HOLDS_ROLE Ana Ruiz -> Peru', 'HOLDS_ROLE Rogan Galvez -> Ecuador'],
      ['HOLDS_ROLE Ana Ruiz -> Chile', 'HOLDS_ROLE Rogan Galvez -> Bolivia'],
    ],
    [
      'a region named as a modifier is not the one opposed',
      'Rogan Galvez has talked about annexing the Andean territory for years.',
      [],
      ['OPPOSES Rogan Galvez -> Andes'],
    ],
    [
      'an office before a rank',
      'Peru’s Minister of National Defence Adm Rogan Galvez met Ana Ruiz in Quito on Friday.',
      ['HOLDS_ROLE Rogan Galvez -> Peru'],
      [],
    ],
    [
      'an office, a comma and a rank',
      'Peru’s Chief of Naval Staff, Vice Admiral Rogan Galvez, welcomed the ship in Lima.',
      ['HOLDS_ROLE Rogan Galvez -> Peru'],
      [],
    ],
    [
      'an unqualified office before a rank says not whose',
      'In Quito, the Peruvian Foreign Ministry said Ana Ruiz met Foreign Minister Prince Rogan Galvez.',
      [],
      ['HOLDS_ROLE Rogan Galvez -> Peruvian Foreign Ministry'],
    ],
    [
      'a title "of" a country, then the name after a comma',
      'Ana Ruiz hosted the Prime Minister of Peru, Rogan Galvez, in Quito on Friday.',
      ['HOLDS_ROLE Rogan Galvez -> Peru'],
      [],
    ],
    [
      'coordinated titles share their country',
      'Peru’s deputy prime minister and defence minister Rogan Galvez attended the meeting.',
      ['HOLDS_ROLE Rogan Galvez -> Peru'],
      [],
    ],
    [
      'a hyphenated title',
      'ASEAN secretary-general Rogan Galvez opened the meeting in Lima.',
      ['HOLDS_ROLE Rogan Galvez -> Association of Southeast Asian Nations'],
      [],
    ],
    [
      "a country's title in apposition after the name",
      "Ana Ruiz met Rogan Galvez, Peru's Secretary of Foreign Affairs, in Quito on Tuesday.",
      ['HOLDS_ROLE Rogan Galvez -> Peru'],
      [],
    ],
    [
      'a list whose titles go with the names after them',
      "The meeting gathered Peru's defence minister Ana Ruiz, Ecuador's deputy prime minister and defence minister Rogan Galvez, and others.",
      ['HOLDS_ROLE Ana Ruiz -> Peru', 'HOLDS_ROLE Rogan Galvez -> Ecuador'],
      ['HOLDS_ROLE Ana Ruiz -> Ecuador'],
    ],
    [
      'a demonym before "Judge" names the country, not the article\'s court',
      'The Superior Court of Lima heard the case against Ecuador. Ecuadorian Judge Ana Ruiz granted the request.',
      ['HOLDS_ROLE Ana Ruiz -> Ecuador'],
      ['HOLDS_ROLE Ana Ruiz -> Superior Court of Lima'],
    ],
    [
      'a country opening the sentence after "Following" is no post',
      'Prime Minister Rogan Galvez met Ana Ruiz in Quito. Following Ecuador, Prime Minister Rogan Galvez will leave for Chile.',
      [],
      ['HOLDS_ROLE Rogan Galvez -> Ecuador'],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-03-30')), present, absent);
  });
});

describe('round 6: who takes part in an event', () => {
  it.each([
    [
      'a pronoun that reports the event',
      'Spokesman Rogan Galvez spoke on Friday. He added that another suspect was also arrested at the scene by the Peruvian Navy.',
      ['ARREST Peruvian Navy 2025-03'],
    ],
    [
      'a place goods come from',
      'The Peruvian Navy seized 3 tons of cocaine originating in neighboring Colombia and Ecuador on Friday.',
      ['SEIZURE Peruvian Navy 2025-03-28'],
    ],
    [
      'a nationality',
      'The Peruvian Navy arrested 12 people, including two Ecuador nationals, on Monday.',
      ['ARREST Peruvian Navy 2025-03-24'],
    ],
    [
      'a city is where, not who',
      'Police in Lima arrested Rogan Galvez on Monday.',
      ['ARREST Rogan Galvez 2025-03-24'],
    ],
    [
      'a wire dateline with a day',
      'Quito, March 28 Former President Rogan Galvez has been extradited to Peru.',
      ['EXTRADITION Rogan Galvez+Peru 2025-03-28'],
    ],
    [
      'an idiom with "seizing"',
      'The Peruvian Navy is seizing the chance to show its strength, Ana Ruiz said on Friday.',
      ['STATEMENT Ana Ruiz 2025-03-28'],
    ],
    [
      'an announcement in the passive names no speaker',
      'The participation of the Peruvian Navy has been announced for the exercise off Lima.',
      [],
    ],
    [
      'a trip only attempted',
      'The Peruvian Navy arrested Rogan Galvez while he was attempting to travel to Ecuador on Friday.',
      ['ARREST Peruvian Navy+Rogan Galvez 2025-03-28'],
    ],
    [
      'a facility is where, not who',
      'The Peruvian Navy arrested Rogan Galvez at the Jorge Chavez International Airport (JCIA) on Friday.',
      ['ARREST Peruvian Navy+Rogan Galvez 2025-03-28'],
    ],
    [
      'a wire service reports and takes no part',
      "In an operation witnessed by an AFP journalist, Peru's navy arrested Rogan Galvez on Friday.",
      // (Round 13: the country whose navy acts is a party; "navy" had hidden it as a title's word.
      // Round 17: the navy in lower case is a body too.)
      ['ARREST Peruvian Navy+Peru+Rogan Galvez 2025-03-28'],
    ],
    [
      'an unnamed speaker "the armed forces"',
      'Rogan Galvez was the second-in-command of Los Zarcos, the armed forces said in a statement.',
      [],
    ],
    [
      '"both leaders" are the two people just named',
      'Peruvian President Rogan Galvez hosted Ecuadorian President Ana Ruiz in Lima on Friday. Both leaders had already met in Quito in 2023.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-03-28', 'MEETING Rogan Galvez+Ana Ruiz 2023'],
    ],
    [
      '"the two leaders" in another clause are not the parties',
      'Ana Ruiz said the two leaders did not discuss Chile, even though Rogan Galvez has recently threatened action against it.',
      ['OTHER Chile+Rogan Galvez 2025-03', 'STATEMENT Ana Ruiz 2025-03-30'],
    ],
    [
      "a person's visit",
      'Rogan Galvez met Ana Ruiz in Lima on Saturday. Galvez’s visit also signals closer ties.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-03-29', 'VISIT Rogan Galvez 2025-03'],
    ],
    [
      'seizing on the news',
      'Rogan Galvez seized on the news as a chance to praise the Peruvian Navy on Friday.',
      [],
    ],
    [
      'countries do not travel',
      'Peru and Ecuador signed the deal. Both countries will work to protect migrants arriving in Lima.',
      [],
    ],
    [
      '"those sanctioned" names the targets of the sanctions just told',
      'Peru and Ecuador on Thursday imposed sanctions on four gang leaders. Those sanctioned were Rogan Galvez and Ana Ruiz.',
      ['SANCTION Peru+Ecuador+Rogan Galvez+Ana Ruiz 2025-03-27'],
    ],
    ['still detained is no arrest', 'Rogan Galvez remains detained in Peru pending extradition.', []],
    [
      'a speaker after the event reports it',
      'Rogan Galvez spoke on Friday. More than 800 people had been arrested in drug cases linked to the Zarqan Cartel, he said.',
      ['ARREST Zarqan Cartel 2025-03'],
    ],
    [
      'a body named as a modifier of its members',
      'The 14 members, who moved hashish to various European Union countries, have been arrested.',
      [],
    ],
    [
      'a past weekday in a sentence that also looks ahead',
      'Rogan Galvez, 34, pleaded not guilty on Monday and Ana Ruiz is expected to appear in court Tuesday.',
      ['OTHER Rogan Galvez+Ana Ruiz 2025-03-24'],
    ],
    [
      '"newly announced" is no announcement',
      'Rogan Galvez hoped that the newly announced ceasefire between Peru and Ecuador would hold.',
      [],
    ],
    [
      'the dead whose remains are sought take no part',
      'The two presidents, Ana Ruiz and Rogan Galvez, agreed to reactivate the search to locate the remains of General Tomas Quispe.',
      ['AGREEMENT Ana Ruiz+Rogan Galvez 2025-03'],
    ],
    [
      'the subject of "said" is no statement of the name after it',
      "The Peruvian official said Rogan Galvez's method was smuggling cash.",
      [],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-03-30')).toEqual(keys);
  });
});

describe('round 7: errors read on real articles outside the dev set', () => {
  it.each([
    [
      'a title-cased phrase of ordinary words after "in" is no place',
      'A businessman from Lima is in Police Custody after the seizure.',
      [],
      ['Location:Police Custody'],
    ],
    [
      'a city whose name is ordinary words stays a place (guard)',
      'The frigate docked in Long Beach on Monday.',
      ['Location:Long Beach'],
      [],
    ],
    [
      'a document named after a place names no place',
      'Peru said the move violated the Vienna Convention.',
      ['Location:Peru'],
      ['Location:Vienna'],
    ],
    [
      'a centre one is near is a place',
      'Troops arrested 12 suspects near Tumbo Centre on Friday.',
      ['Location:Tumbo Centre'],
      ['Organization:Tumbo Centre'],
    ],
    [
      'a centre that speaks is a body (guard)',
      'The Andean Policy Center said the vote was fair.',
      ['Organization:Andean Policy Center'],
      [],
    ],
    [
      'a place name goes on after a particle',
      'The drugs were found in the municipality of Santa Cruz de Tumbo.',
      ['Location:Santa Cruz de Tumbo'],
      ['Location:Santa Cruz'],
    ],
    [
      "a cabinet secretary's portfolio is part of the title",
      'Defence Cabinet Secretary Rogan Galvez met the envoy on Monday.',
      ['Person:Rogan Galvez'],
      ['Organization:Defence Cabinet'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-03-30')), present, absent);
  });

  it.each([
    [
      'an official who informs of arrests reports them',
      'Three people were arrested in the operation, Security Minister Rogan Galvez informed on X.',
      ['STATEMENT Rogan Galvez 2025-03-30'],
    ],
    [
      'where contraband is smuggled from takes no part',
      'The Peruvian Navy said on Tuesday it thwarted an attempt to smuggle drugs from Ecuador and killed three smugglers.',
      ['OTHER Peruvian Navy 2025-03-25', 'STATEMENT Peruvian Navy 2025-03-25'],
    ],
    ['a habit is no event', 'Peru regularly reports seizing large amounts of cocaine.', []],
    [
      "a day inside the quote is not the saying's",
      '“We reviewed the agreements that will be signed tomorrow (Monday),” Rogan Galvez said.',
      ['STATEMENT Rogan Galvez 2025-03-30'],
    ],
    [
      "a day after the reported noun phrase is the phrase's",
      'Interior Minister Rogan Galvez said the capture of Ana Ruiz on Tuesday was carried out in cooperation with Ecuador.',
      // (The capture itself is the arrest, on the Tuesday.)
      ['ARREST Ana Ruiz+Ecuador 2025-03-25', 'STATEMENT Rogan Galvez 2025-03-30'],
    ],
    [
      'the day after "told <outlet> by email" is the saying\'s (guard)',
      'The drills run until Feb. 27, navy spokesman Rogan Galvez told The Andean Post by email Tuesday.',
      ['STATEMENT Rogan Galvez 2025-03-25'],
    ],
    [
      'a summoned ambassador meets the minister who summoned',
      "Foreign Minister Rogan Galvez summoned Ecuador's ambassador, Ana Ruiz, on Friday.",
      ['MEETING Rogan Galvez+Ana Ruiz 2025-03-28'],
    ],
    ['"called in sick" is no summons (guard)', 'Rogan Galvez called in sick on Friday.', []],
    [
      'troops already stationed are no deployment',
      'There are already around 2,000 troops stationed on the border along with Peruvian Border Guard officers.',
      [],
    ],
    [
      'raids by prosecutors are an operation, not a strike',
      'On Monday, the Peruvian Ministry of Justice carried out eight raids in Tumbes.',
      ['OTHER Peruvian Ministry of Justice 2025-03-24'],
    ],
    [
      'an airstrike stays a strike (guard)',
      'The Peruvian Army carried out airstrikes on the camp on Monday.',
      ['STRIKE Peruvian Army 2025-03-24'],
    ],
    [
      'goods shipped from a country a tariff is against (guard)',
      'Rogan Galvez threatened to impose a tariff of 30% on goods shipped from Ecuador.',
      ['OTHER Rogan Galvez+Ecuador 2025-03'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-03-30')).toEqual(keys);
  });

  it('a war the sentence speaks of is not where the event happened', () => {
    const [ev] = run(
      'Peru announced on Wednesday new measures against 14 Ecuadorian nationals, accusing them of playing key roles in the ongoing war in Colombia.',
      '2025-03-30',
    ).events;
    expect(ev?.type).toBe('STATEMENT');
    expect(ev?.location).toBeNull();
  });
});

describe('round 8: errors read on real articles outside the dev set', () => {
  const roles = (text: string): string[] =>
    run(text, '2025-03-30')
      .relations.filter((r) => r.type === 'HOLDS_ROLE')
      .map((r) => `${r.from} -> ${r.to} ${r.role ?? ''}`);

  it.each([
    [
      'a counterpart named by a demonym holds the same office there',
      'Foreign Minister Rogan Galvez met his Chilean counterpart, Ana Ruiz, in Chile on Monday.',
      ['Ana Ruiz -> Chile Foreign Minister'],
    ],
    [
      'a counterpart from a country holds the same office there',
      'President Rogan Galvez spoke with his counterpart from Chile Ana Ruiz about Chile and Peru.',
      ['Ana Ruiz -> Chile President'],
    ],
    [
      "a secretary's counterpart is no secretary (guard)",
      'Secretary of State Rogan Galvez met his Chilean counterpart Ana Ruiz in Chile.',
      [],
    ],
    [
      'a counterpart of no stated country has no role (guard)',
      'President Rogan Galvez met his counterpart Ana Ruiz in Chile on Monday.',
      [],
    ],
  ])('roles: %s', (_why, text, keys) => {
    expect(roles(text).filter((k) => k.startsWith('Ana Ruiz'))).toEqual(keys);
  });

  it('a sea a post covers is not where the post is held', () => {
    const text =
      'Coast guard spokesperson for the West Andean Sea Commodore Rogan Galvez said the ship left.';
    expect(roles(text)).toEqual([]);
  });

  it.each([
    [
      'an Arabic article joined by a hyphen is no given name',
      'Al-Zarqan said on its radio that its fighters had captured two army bases. Al-Zarqan, a group linked to Al-Noor, has fought the government for years.',
      ['Organization:Al-Zarqan'],
      ['Person:Al-Zarqan', 'Person:Al-Noor'],
    ],
    [
      'a demonym is no place, even where a region bears its name',
      'The Somali army spokesman said two soldiers died.',
      [],
      ['Location:Somali'],
    ],
    [
      "a short demonym names the same country's body",
      'The Sri Lankan Navy arrested 14 fishermen, with Lankan Navy personnel firing at boats.',
      ['Organization:Sri Lankan Navy'],
      ['Organization:Lankan Navy'],
    ],
    [
      'a region named "X of Y" stays whole',
      'Troops have fought in the Horn of Africa for years.',
      ['Location:Horn of Africa'],
      ['Location:Africa'],
    ],
    [
      "a collective noun's possessive and a branch after a hyphen stay inside a force's name",
      'China deployed a People’s Liberation Army-Navy helicopter over the reef.',
      ['Organization:People’s Liberation Army-Navy'],
      ['Organization:Liberation Army', 'Organization:Navy'],
    ],
    [
      'an abbreviated Muhammad opens a name',
      'Adviser Md. Karim Hossain met the envoy in Dhaka.',
      ['Person:Md. Karim Hossain'],
      ['Person:Md'],
    ],
    [
      'a maritime legal zone is no place',
      'The ship operated in Peru’s Exclusive Economic Zone on Monday.',
      ['Location:Peru'],
      ['Location:Exclusive Economic Zone'],
    ],
    [
      'a task force named for its area is a body',
      'Assets from the National Task Force West Andean Sea kept watch.',
      ['Organization:National Task Force West Andean Sea'],
      ['Location:National Task Force West Andean Sea'],
    ],
    [
      'a group a country backs is a body',
      'The Peruvian Navy protected freighters from attacks by Chile-backed Zarqanis.',
      ['Organization:Zarqanis'],
      [],
    ],
    [
      'a ship named before its vessel noun is a ship',
      'The Virginio Lanza frigate, which was protecting a freighter, shot down a drone on Monday.',
      ['Ship:Virginio Lanza'],
      ['Person:Virginio Lanza'],
    ],
    [
      "a ship's class named after a person is no person",
      'The Arleigh Burke destroyer USS Halsey fired on Monday.',
      ['Ship:USS Halsey'],
      ['Person:Arleigh Burke'],
    ],
    [
      'an outlet named after a country is cited after "interview … with broadcaster"',
      'She slammed the ruling in an interview following the verdict with broadcaster Peru Today.',
      ['Organization:Peru Today'],
      [],
    ],
    [
      "a title word inside a body's name before an ordinary word names no person",
      'Police said members of the Central General Staff (CGS) planned an attack.',
      [],
      ['Person:Staff'],
    ],
    [
      'a site named with a given name is no person',
      'These include 36 on the Omar Oil Field base and two on the Tal Zarqan base.',
      ['Location:Omar Oil Field'],
      ['Person:Omar Oil Field', 'Person:Tal Zarqan'],
    ],
    [
      'a name before "group" is a body even when it ends like a place',
      'A man with links to the Zarqan State group was charged.',
      ['Organization:Zarqan State'],
      ['Location:Zarqan State'],
    ],
    [
      'a body known whole ends before the "for" of a title',
      'Ana Ruiz is set to become the High Representative of the European Union for Foreign Affairs and Security Policy.',
      ['Organization:European Union'],
      ['Organization:European Union for Foreign Affairs'],
    ],
    [
      'a thing named "a … City" is no place',
      'Police seized a Honda City and a Proton X70 in the operation.',
      [],
      ['Location:Honda City'],
    ],
    [
      'an ideological adjective is no body',
      'Pakistan accused Kabul of failing to act against Afghan-based Islamist militants.',
      ['Location:Pakistan'],
      ['Organization:Islamist'],
    ],
    [
      "a month's name after a particle is part of a place",
      'Police arrested in the coastal region of Viña del Mar 34 suspects.',
      ['Location:Viña del Mar'],
      ['Location:Viña'],
    ],
    [
      'a name one sentence shows to be a place is no person in another',
      'Police arrested 34 suspects in the coastal region of Viña del Mar. Officers raided homes in the communes of Limache, Villa Alemana and Viña del Mar.',
      ['Location:Viña del Mar', 'Location:Villa Alemana'],
      ['Person:Viña del Mar'],
    ],
    [
      'an ordinary word right before another title is part of it, not a name',
      'Police spokesperson Senior Commissioner, Rogan Galvez, said two arrests were made.',
      ['Person:Rogan Galvez'],
      ['Person:Senior'],
    ],
    [
      'only a ship sails under a flag',
      'Coral Nasia sails under the flag of the Marshall Islands.',
      ['Ship:Coral Nasia'],
      ['Person:Coral Nasia'],
    ],
    [
      'a compass word opens a place name, not a given name',
      'Fighting continues across mineral-rich North Zarqa and Ituri.',
      [],
      ['Person:North Zarqa'],
    ],
    [
      'a guard of honour is no person',
      'Rogan Galvez was honored with a Tri-Service Guard of Honour.',
      ['Person:Rogan Galvez'],
      ['Person:Tri-Service Guard of Honour'],
    ],
    [
      'an air force base stays a place (guard)',
      'Troops at Andrews Air Force Base waited.',
      ['Location:Andrews Air Force Base'],
      [],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-03-30')), present, absent);
  });

  it.each([
    [
      'the one attacking after "attacks by" is not opposed, nor a country in "-backed"',
      'The Peruvian Navy protected a freighter from attacks by Chile-backed rebels.',
      [],
      ['OPPOSES Peruvian Navy -> Chile'],
    ],
    [
      'a name after "and said that" is in another clause',
      'Defense Minister Rogan Galvez condemned the attack and said that President Ana Ruiz ordered drones.',
      [],
      ['OPPOSES Rogan Galvez -> Ana Ruiz'],
    ],
    [
      'condemned attacks by a country oppose it (guard)',
      'Peru condemned attacks by Chile.',
      ['OPPOSES Peru -> Chile'],
      [],
    ],
    [
      'a place in a compound adjective is no destination',
      'The Chilean Navy deployed ships to Peru-controlled waters off Tumbes.',
      ['DEPLOYED_TO Chilean Navy -> Tumbes'],
      ['DEPLOYED_TO Chilean Navy -> Peru'],
    ],
    [
      "a task force is no country's body by default",
      'The Chilean Navy said assets from the National Task Force West Andean Sea kept watch off Chile.',
      ['PART_OF Chilean Navy -> Chile'],
      ['PART_OF National Task Force West Andean Sea -> Chile'],
    ],
    [
      'an outlet named after a country is no body of it',
      'She told broadcaster Peru Today on Monday that the ruling was rigged.',
      [],
      ['PART_OF Peru Today -> Peru'],
    ],
    [
      "the bare Royal Navy is the British one, not the home country's",
      'The operation involved partners, including the Royal Navy and the U.S. Coast Guard.',
      ['PART_OF U.S. Coast Guard -> United States'],
      ['PART_OF Royal Navy -> United States'],
    ],
    [
      'a participle after a plural noun has that noun for its subject',
      'The FBI leads initiatives which aim to dismantle criminal organizations threatening the United States.',
      [],
      ['OPPOSES Federal Bureau of Investigation -> United States'],
    ],
    [
      'a possessive before "war against" names who wages it',
      'Rogan Galvez said Lima will host talks on Chile’s war against Peru.',
      ['OPPOSES Chile -> Peru'],
      ['OPPOSES Rogan Galvez -> Peru'],
    ],
    [
      'a passive act names its agent after "by"',
      'Los Zarqanos and Rogan Galvez were sanctioned by the U.S. Department of the Treasury for their activities in Peru.',
      ['OPPOSES U.S. Department of the Treasury -> Rogan Galvez'],
      [
        'OPPOSES Rogan Galvez -> U.S. Department of the Treasury',
        'OPPOSES U.S. Department of the Treasury -> Peru',
      ],
    ],
    [
      'a place an act happens in does not act',
      'The military conducted an airstrike on Tuesday in south Peru, targeting commander Rogan Galvez.',
      [],
      ['OPPOSES Peru -> Rogan Galvez'],
    ],
    [
      'patrol boats are no patrol',
      'Chilean Navy patrol boats entered waters off Tumbes.',
      [],
      ['DEPLOYED_TO Chilean Navy -> Tumbes'],
    ],
    [
      "a place in a clause about something else is no ship's destination",
      'The frigate HMS Dauntless was deployed to shadow a submarine as it made its way back to Peru.',
      [],
      ['DEPLOYED_TO HMS Dauntless -> Peru'],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-03-30')), present, absent);
  });

  it.each([
    [
      'a clause told before its speaker does not date the saying',
      'The arrests took place off Isla Tumbo on Saturday, the Peruvian Navy said in a statement.',
      ['STATEMENT Peruvian Navy 2025-03-30'],
    ],
    [
      'a day opening the sentence dates the saying (guard)',
      'On Monday, the Peruvian Navy said in a statement that 14 were held.',
      ['STATEMENT Peruvian Navy 2025-03-24'],
    ],
    [
      'talks tried for are not held',
      'President Rogan Galvez has been trying to hold talks with Ana Ruiz for months.',
      [],
    ],
    [
      'a source cited with a long title takes no part',
      'According to Tumbes Township Sub county police commander Rogan Galvez, police later arrested the suspects.',
      [],
    ],
    [
      'a country goods came from takes no part',
      'Police in Tumbes arrested three suspects with goods that came from the neighbouring Ecuador.',
      [],
    ],
    [
      'what unnamed authorities announced is not said by the names in it',
      'The local authorities on Oct 12 announced that 20 members of the Barrio Zarqan gang had escaped.',
      ['OTHER Barrio Zarqan Gang 2024-10-12'],
    ],
    [
      'announced sanctions are one sanction, not also a statement',
      'Peru has announced a new round of sanctions against Ecuador’s shadow fleet.',
      ['SANCTION Peru+Ecuador 2025-03'],
    ],
    [
      'what other groups agreed to is no agreement of the subject',
      'The Zarqan movement is one of several groups formed by dissidents of organizations that agreed to peace.',
      [],
    ],
    [
      'acts summed up over several incidents are no one event',
      'The Peruvian Navy fired at fishermen and seized their boats in several alleged incidents.',
      [],
    ],
    [
      'an attack told as a noun, with its group, is a strike (and its killing no second event)',
      'A deadly attack on a military base in Tumbes by suspected ZLF fighters killed four soldiers on Monday.',
      ['STRIKE ZLF 2025-03-24'],
    ],
    [
      '"the attack on" refers back to an attack already told',
      'Rogan Galvez said the attack on the Coral Horizon was a message.',
      ['STATEMENT Rogan Galvez 2025-03-30'],
    ],
    ['army bases captured are no arrest', 'The Zarqan movement captured four army bases on Monday.', []],
    [
      'a sentence ends at a closing quote even without a space after it',
      'Foreign Minister Rogan Galvez said, “We discussed trade with Peru.”The Chilean Navy seized 2 tons of cocaine on Monday.',
      ['SEIZURE Chilean Navy 2025-03-24', 'STATEMENT Rogan Galvez 2025-03-30'],
    ],
    [
      "an event told in the backdrop has only the backdrop's people",
      'Rogan Galvez held talks with Ana Ruiz in Lima in what was the first contact since President Tomas Quispe was ousted last month.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-03', 'OTHER Tomas Quispe 2025-02'],
    ],
    [
      'a meeting that "came after" something refers back; the something is its backdrop',
      'The meeting came a few hours after Peru lodged a protest with the Chilean Embassy over remarks by Rogan Galvez.',
      [],
    ],
    [
      'allegations dismissed are no dismissal',
      'The Peruvian Ministry of Justice dismissed as baseless the allegations levelled by Chile.',
      [],
    ],
    [
      'a place that backs a group takes no part in what the group does',
      'Fighters of the Chile-backed Zarqan movement seized 2 tons of cocaine on Monday.',
      ['SEIZURE Zarqan movement 2025-03-24'],
    ],
    ['a town taken is no seizure', 'The Zarqan movement seized the town of Tumbes on Monday.', []],
    [
      'a prison term given is a sentencing',
      'Former police chief Rogan Galvez was given a five-year prison term on Monday.',
      ['OTHER Rogan Galvez 2025-03-24'],
    ],
    [
      'a conviction announced is the sentencing told before it, not a second statement',
      'Former president Rogan Galvez was sentenced to death on Monday. The Peruvian Supreme Court announced her conviction in a crowded courtroom.',
      ['OTHER Rogan Galvez 2025-03-24'],
    ],
    [
      'who is told, and whose outlet it is, take no part; "he told" is the last person named',
      'Foreign Minister Rogan Galvez spoke in Lima. “We have built trust,” he told Chile’s Zarqan Post newspaper in an interview published Thursday.',
      ['STATEMENT Rogan Galvez 2025-03-27'],
    ],
    [
      'a body named as what some countries are members of takes no part',
      'Rogan Galvez arrived in Lima on Friday for talks with Ana Ruiz, as the two neighbouring NATO members mend ties.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-03-28', 'VISIT Rogan Galvez+Ana Ruiz 2025-03-28'],
    ],
    [
      // (Round 28: the claim itself is his statement; "claimed" is a verb of saying.)
      'who claims an attack made none',
      'Zarqan spokesman Rogan Galvez claimed its forces launched an attack on a Chilean ship on Monday.',
      ['STATEMENT Rogan Galvez 2025-03-24'],
    ],
    [
      "a body in an appositive after a person is the person's; the person speaks",
      'Rogan Galvez, deputy director of the Peruvian Investigative Police, explained that much of the dismantled structure was made up of foreigners.',
      ['STATEMENT Rogan Galvez 2025-03-30'],
    ],
    [
      'swaths of countries taken are no seizure',
      'The Zarqan movement, which in 2014 seized large swaths of Chile and Peru, is back.',
      [],
    ],
    [
      'whom a suspect spied for takes no part in the arrest',
      'Two nationals have been arrested by the Peruvian Police on suspicion of spying for Chile.',
      ['ARREST Peruvian Police 2025-03'],
    ],
    [
      'the country a suspect is wanted in takes no part in the arrest',
      'One of Chile’s most wanted drug suspects has been captured in Lima by the Peruvian Police.',
      ['ARREST Peruvian Police 2025-03'],
    ],
    [
      'whom the arrested pointed at, in an "all of whom" clause, takes no part',
      'The raid by the Peruvian Police resulted in the arrest of seven suspects, all of whom pointed the finger at Rogan Galvez.',
      ['ARREST Peruvian Police 2025-03'],
    ],
    [
      'a strategy deployed is no deployment',
      'The Peruvian Police sees a low tech strategy being deployed by gangs.',
      [],
    ],
    [
      'with no named speaker, the names after the say-verb are what was said',
      'In November, Lima announced it had put its mediation on hold, saying that it would resume when Chile and Ecuador showed willingness.',
      [],
    ],
    [
      '"detained since" dates the detention',
      'Former defence minister Rogan Galvez has been detained since May 2022 as part of a sweeping anti-corruption campaign.',
      ['ARREST Rogan Galvez 2022-05'],
    ],
    [
      'a country a thing is unprecedented for takes no part',
      'The trial that saw Rogan Galvez charged with 16 others is unprecedented for Peru.',
      ['OTHER Rogan Galvez 2025-03'],
    ],
    [
      'a person named right after ", said" is the speaker, not the name before the comma',
      'A special operation was conducted by the Chilean Coast Guard under Lt Rogan Galvez, said Lt Commander Ana Ruiz.',
      ['STATEMENT Ana Ruiz 2025-03-30'],
    ],
    [
      'who "remarked that" or "explained that" reports the arrest, taking no part',
      'Commodore Rogan Galvez explained that the vessel was arrested by the Peruvian Navy on Monday.',
      ['ARREST Peruvian Navy 2025-03-24', 'STATEMENT Rogan Galvez 2025-03-30'],
    ],
    [
      'a gang blacklisted is designated',
      'Chile last month blacklisted Barrio Zarqan, a violent Peru-based gang.',
      ['DESIGNATION Chile+Barrio Zarqan 2025-02'],
    ],
    [
      'a country that ranks a thing takes no part',
      'Drug kingpin Rogan Galvez received a life sentence on Monday, in one of Peru’s largest trials.',
      ['OTHER Rogan Galvez 2025-03-24'],
    ],
    [
      '"his visit" is the visit of the one person named before it',
      'The Chilean Embassy protested remarks made by Interior Minister Rogan Galvez during his visit to Tumbes.',
      ['VISIT Rogan Galvez 2025-03'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-03-30')).toEqual(keys);
  });

  it.each([
    ['a time-zone note', 'LIMA — Rogan Galvez met with Ana Ruiz on Friday (Saturday in Japan).', null],
    [
      'where someone is, told in a who-clause',
      'Former home minister Ana Ruiz, who is also in Chile, was sentenced to death on Monday.',
      null,
    ],
    [
      'a compound adjective',
      'The Chilean Navy deployed ships to Peru-controlled waters off Tumbes.',
      'Tumbes',
    ],
    [
      'a later clause',
      'The frigate HMS Dauntless was deployed to shadow a submarine as it made its way back to Peru.',
      null,
    ],
    [
      'a clause told before its speaker',
      'The arrests took place off Isla Tumbo on Saturday, the Peruvian Navy said in a statement.',
      null,
    ],
  ])('no event location from %s', (_why, text, location) => {
    expect(run(text, '2025-03-30').events[0]?.location ?? null).toBe(location);
  });
});

describe('round 9: errors read on real articles outside the dev set', () => {
  it.each([
    [
      'a meeting a speaker said would take place, dated by the day after the trigger',
      'Peru’s foreign minister said Tuesday that Interior Minister Rogan Galvez would meet with President Ana Ruiz on Wednesday.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-03-26'],
    ],
    [
      '"would be meeting with … on Monday" is the coming Monday',
      'Defense Minister Rogan Galvez said he would be meeting with President Ana Ruiz on Monday to discuss Arctic security.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-03-31', 'STATEMENT Rogan Galvez 2025-03-25'],
    ],
    [
      'a meeting that would happen only on a condition is no event',
      'Rogan Galvez said he would meet with Ana Ruiz if the talks went well.',
      ['STATEMENT Rogan Galvez 2025-03-25'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-03-25')).toEqual(keys);
  });

  it.each([
    [
      'a plural title before two names titles both',
      'Foreign Ministers Rogan Galvez of Peru and Ana Ruiz of Chile met in Lima on Monday.',
      ['Person:Rogan Galvez', 'Person:Ana Ruiz'],
      [],
    ],
    [
      'a one-word plural title',
      'Presidents Rogan Galvez and Ana Ruiz disagree on trade.',
      ['Person:Rogan Galvez', 'Person:Ana Ruiz'],
      [],
    ],
    ['a plural title names people in full', 'Several Senators Vote on the bill.', [], ['Person:Vote']],
    [
      'a hyphenated particle inside a place, and its country with no comma',
      'The team arrived in Port-au-Prince Haiti on Monday.',
      ['Location:Port-au-Prince', 'Location:Haiti'],
      ['Location:Port'],
    ],
    [
      'a hyphenated given name',
      'Iranian Defence Minister Mohammad-Reza Quispe was sanctioned.',
      ['Person:Mohammad-Reza Quispe'],
      ['Person:Mohammad', 'Person:Reza Quispe'],
    ],
    [
      '"St." spelled out as in the gazetteer',
      'Ships sailed between St. Petersburg and Murmansk.',
      ['Location:Saint Petersburg'],
      [],
    ],
    [
      'a shoal',
      'A warship collided with a coast guard vessel near the disputed Tumbo Shoal on Monday.',
      ['Location:Tumbo Shoal'],
      [],
    ],
    ['a plural demonym', 'Two Costa Ricans are being prosecuted.', [], ['Person:Costa Ricans']],
    [
      'a given name that is also a country, after a title',
      'Defense Minister Israel Quispe said the strike worked.',
      ['Person:Israel Quispe'],
      ['Location:Israel'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-03-30')), present, absent);
  });

  it.each([
    [
      'a plural title with an "of" place after each name',
      'Foreign Ministers Rogan Galvez of Peru and Ana Ruiz of Chile met in Lima on Monday.',
      ['HOLDS_ROLE Rogan Galvez -> Peru', 'HOLDS_ROLE Ana Ruiz -> Chile'],
      ['HOLDS_ROLE Rogan Galvez -> Chile'],
    ],
    [
      '"the opposing views of" is no opposition',
      'Interior Minister Tomasz Wierzbicki met Peru’s envoy despite the opposing views of presidents Rogan Galvez and Ana Ruiz.',
      [],
      ['OPPOSES Tomasz Wierzbicki -> Rogan Galvez', 'OPPOSES Tomasz Wierzbicki -> Ana Ruiz'],
    ],
    [
      'partners of a sanction are not its targets',
      'Interior Minister Rogan Galvez was listed on the new sanctions, in co-ordination with countries like Peru and Chile.',
      [],
      ['OPPOSES Rogan Galvez -> Peru', 'OPPOSES Rogan Galvez -> Chile'],
    ],
    [
      'another act\'s object after "after the country\'s"',
      'Bolivia is targeting Chile’s defence minister as part of new sanctions imposed after the country’s attack on Peru.',
      [],
      ['OPPOSES Bolivia -> Peru'],
    ],
    [
      '"fired … on Wednesday" names no target',
      'North Korea fired missiles on Wednesday, marking its first launch since President Ana Ruiz took office in June.',
      [],
      ['OPPOSES North Korea -> Ana Ruiz'],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-03-30')), present, absent);
  });

  it.each([
    [
      "the meeting of a plural title's two names",
      'Foreign Ministers Rogan Galvez of Peru and Ana Ruiz of Chile met in Lima on Monday.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-03-24'],
    ],
    [
      'people named after "despite" took no part',
      'The ministers met despite the opposing views of presidents Rogan Galvez and Ana Ruiz.',
      [],
    ],
    [
      'an event in a "since" backdrop has only the backdrop\'s people',
      'North Korea fired missiles on Wednesday, marking its first launch since President Ana Ruiz took office in June.',
      ['OTHER Ana Ruiz 2024-06'],
    ],
    [
      'a leading "After meeting with X," is the subject\'s meeting, not dated or placed by the rest',
      'After meeting with Rogan Galvez, Ana Ruiz had lunch with businessmen in Cusco on Tuesday.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-03'],
    ],
    [
      'a meeting "not ruled out" is none',
      'A meeting between Rogan Galvez and Ana Ruiz is not ruled out.',
      [],
    ],
    [
      'a scheduled visit, and a named gathering that times it is no meeting',
      'President Rogan Galvez is also expected to visit Chile ahead of the APEC meeting.',
      ['VISIT Rogan Galvez'],
    ],
    [
      'a body that names a summit takes no part in the talks there',
      'Rogan Galvez held talks with Ana Ruiz at the ASEAN summit on Monday.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-03-24'],
    ],
    [
      '"announced by X": X made the statement',
      'The attacks come after a ceasefire between the group and Peru, announced by President Rogan Galvez in May.',
      ['STATEMENT Rogan Galvez 2024-05'],
    ],
    [
      'the dates a statement reports are not its own',
      'In a statement, the Peruvian Navy said that the frigate escorted two ships between the 1st and 3rd of March.',
      ['STATEMENT Peruvian Navy 2025-03-30'],
    ],
    [
      'a dated aside between dashes does not date the event',
      'The Los Tumbos gang — which took control of Ayacucho in 2014 — attacked two cargo ships off Tumbes on Monday.',
      ['STRIKE Los Tumbos 2025-03-24'],
    ],
    [
      'a dashed aside and an "after he was" clause in one sentence: neither dates the event',
      'Rogan Galvez — who fled Lima in 2019 — appeared before a court in Lima on Tuesday after he was extradited from Chile.',
      ['EXTRADITION Rogan Galvez+Chile 2025-03'],
    ],
    [
      "a year before the event's noun",
      'Rogan Galvez came to power in a 2021 coup that ousted President Ana Ruiz.',
      ['OTHER Rogan Galvez+Ana Ruiz 2021'],
    ],
    [
      'a court that validated an election result',
      'Peru’s Supreme Court on Sunday validated an overwhelming election victory for Rogan Galvez.',
      ['OTHER Peruvian Supreme Court+Rogan Galvez 2025-03-30'],
    ],
    [
      'a news agency that reports makes no statement',
      'Rogan Galvez took office in June, the Andina News Agency reported.',
      ['OTHER Rogan Galvez 2024-06'],
    ],
    [
      'a place seized, told in the passive, is no seizure',
      'The Tumbo Shoal was seized by Chile in 2012.',
      [],
    ],
    [
      'who arrives is named before "arrived in"',
      'Rogan Galvez arrived in Quito on Monday and trained with officers of the Ecuadorian National Police.',
      ['VISIT Rogan Galvez 2025-03-24'],
    ],
    [
      'a call with a quoted adjective',
      'Rogan Galvez said he had a "very warm" call with Ana Ruiz on Wednesday.',
      ['CALL Rogan Galvez+Ana Ruiz 2025-03-26', 'STATEMENT Rogan Galvez 2025-03-30'],
    ],
    [
      'whom an arrival benefits is no visitor',
      "The frigate's arrival would give the Peruvian Navy far more power than before.",
      [],
    ],
  ])('events (batch 2): %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-03-30')).toEqual(keys);
  });

  it('a statement is not placed where what it reports happened', () => {
    const x = run(
      'In a statement, Interior Minister Rogan Galvez stated that officers arrived in Tumbes on March 25.',
      '2025-03-30',
    );
    expect(x.events.map((e) => [e.type, e.date, e.location])).toEqual([['STATEMENT', '2025-03-30', null]]);
  });

  it.each([
    [
      'a sea that only modifies a noun',
      'Defense Minister Rogan Galvez said he would be meeting with President Ana Ruiz on Monday to discuss Arctic security.',
      null,
    ],
    [
      'a sea named with its waters',
      'Admiral Rogan Galvez seized cocaine in Pacific waters on Monday.',
      'Pacific',
    ],
  ])('event location from %s', (_why, text, location) => {
    expect(run(text, '2025-03-25').events[0]?.location ?? null).toBe(location);
  });
});

describe('round 9, batch 3: a fresh review of 16 real articles', () => {
  it.each([
    [
      '"of the Republic of X" before the name qualifies the title',
      'Minister of Foreign Affairs of the Republic of Peru Rogan Galvez spoke with Ana Ruiz.',
      ['Person:Rogan Galvez', 'Location:Peru'],
      [],
    ],
    [
      '"President of X Name" keeps the country out of the title',
      'They discussed the state visit of President of Peru Rogan Galvez to Quito in November this year.',
      ['Person:Rogan Galvez', 'Location:Peru'],
      [],
    ],
    [
      'a ship named in apposition after its kind',
      'The oceanographic survey ship, Admiral Quispe, was shadowed by a patrol boat.',
      ['Ship:Admiral Quispe'],
      ['Person:Quispe'],
    ],
    [
      'a Sri Lankan navy ship prefix',
      'The Navy deployed SLNS Tumbodara for this operation.',
      ['Ship:SLNS Tumbodara'],
      [],
    ],
    [
      "a title word is no one's name",
      'Chief Adviser of the interim government, Professor Zyrtek Vandrosz, met Rogan Galvez.',
      [],
      ['Person:Adviser'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-09-10')), present, absent);
  });

  it.each([
    [
      'a one-letter transliteration difference is the same person',
      'Junta chief Rogan Quispey won. Rogan Quispei came to power in a 2021 coup.',
      1,
    ],
    ['a gendered given name is another person', 'Daniel Quispe and Daniela Quispe spoke on Monday.', 2],
    [
      'a given name before "bin" stands for the whole name',
      'Foreign Minister Prince Rogan bin Quispe met Ana Ruiz. Prince Rogan said the talks went well.',
      2,
    ],
  ])('people: %s', (_why, text, count) => {
    expect(run(text, '2025-09-10').entities.filter((e) => e.type === 'Person')).toHaveLength(count);
  });

  it('a family name written first, used alone later, is the same person', () => {
    const x = run(
      'Defense Minister Tumbara Kiyoshi met Rogan Galvez on Friday. Tumbara spoke to reporters afterwards.',
      '2025-09-10',
    );
    expect(x.entities.find((e) => e.name === 'Tumbara Kiyoshi')?.aliases).toContain('Tumbara');
  });

  it.each([
    [
      'a title "of the Republic of X"',
      'Minister of Foreign Affairs of the Republic of Peru Rogan Galvez spoke with Ana Ruiz.',
      ['HOLDS_ROLE Rogan Galvez -> Peru'],
      [],
    ],
    [
      'a sea in a later clause is not where a ship was sent',
      'HMS Tumbes was deployed to escort the ship RFN Ayacucho through the Channel, as the pair sailed towards the Baltic.',
      [],
      ['DEPLOYED_TO HMS Tumbes -> Baltic Sea'],
    ],
    [
      'a name in a relative clause after the act is not its object',
      'The United States sanctioned Keremet Bank for transactions that involve Russia’s military base.',
      ['OPPOSES United States -> Keremet Bank'],
      ['OPPOSES United States -> Russia'],
    ],
    [
      'names listed after ", including" after a relative clause are still the objects',
      'Rogan Galvez has threatened governments that have been partners, including Peru, Chile and Bolivia.',
      ['OPPOSES Rogan Galvez -> Peru', 'OPPOSES Rogan Galvez -> Chile', 'OPPOSES Rogan Galvez -> Bolivia'],
      [],
    ],
    [
      'a place after "off" is where, not whom',
      'Peru’s attacks on alleged drug boats off Ecuador have killed 80 people.',
      [],
      ['OPPOSES Peru -> Ecuador'],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-09-10')), present, absent);
  });

  it.each([
    [
      'a state visit "of" someone, dated "this year"',
      'They discussed the state visit of President of Peru Rogan Galvez to Quito in November this year.',
      ['VISIT Rogan Galvez 2025-11'],
    ],
    [
      'a warship sent by name',
      'The Peruvian navy has sent the HMS Tumbes frigate to the Red Sea.',
      // (Round 17: the navy in lower case is a body, and it sent the ship.)
      ['DEPLOYMENT Peruvian navy+HMS Tumbes 2025-09'],
    ],
    [
      "unsealed indictments against a gang's members, not the leader the remark after a dash names",
      'Federal prosecutors on Thursday unsealed indictments against more than 70 Los Tumbos gang members — a rapid escalation in President Rogan Galvez’s crackdown.',
      ['OTHER Los Tumbos 2025-09-04'],
    ],
    [
      'a court that delivered its verdicts',
      'The People’s Court of Lima delivered the verdicts on Wednesday after a two-day trial.',
      ['OTHER People’s Court of Lima 2025-09-10'],
    ],
    [
      'a courtesy call is a meeting',
      'Rogan Galvez will pay a courtesy call on President Ana Ruiz on Friday.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-09-12'],
    ],
    [
      'a visit told only by whom it is to',
      'The Chilean Foreign Minister will visit President Rogan Galvez on Sunday.',
      [],
    ],
    [
      'the main clause\'s date and place are not those of an event after "after he was"',
      'Rogan Galvez appeared before a court in Lima on Tuesday after he was extradited from Chile.',
      ['EXTRADITION Rogan Galvez+Chile 2025-09'],
    ],
    [
      "a country's authorities act for it when nobody is named",
      'Chilean authorities said Monday they had arrested five police officers. Chile has long struggled with smuggling.',
      ['ARREST Chile 2025-09-08'],
    ],
    [
      'the attendees of a meeting just told join it',
      'Rogan Galvez met Ana Ruiz in Lima on Monday. The meeting was attended by the Peruvian Ambassador Tomasz Wierzbicki.',
      ['MEETING Rogan Galvez+Ana Ruiz+Tomasz Wierzbicki 2025-09-08'],
    ],
    [
      'a statement "on X." ends its sentence, and a future in its quote does not undate it',
      '"We will act," Rogan Galvez said in a statement on X. In November 2023, the Los Tumbos gang announced a blockade.',
      ['STATEMENT Rogan Galvez 2025-09-10', 'STATEMENT Los Tumbos 2023-11'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-09-10')).toEqual(keys);
  });

  it.each([
    [
      'a legal form names no other body',
      'The United States sanctioned OJSC Tumbes Bank on Tuesday. Tumbes Bank denied wrongdoing.',
      'Organization',
      'OJSC Tumbes Bank',
      'Tumbes Bank',
    ],
    [
      'mixed-case letters in brackets that spell a gang out are the gang',
      'Prosecutors charged more than 70 Los Tumbos Cartel (LoTC) members on Thursday. Two alleged LoTC leaders were indicted.',
      'Cartel',
      'Los Tumbos Cartel',
      'LoTC',
    ],
  ])('one entity: %s', (_why, text, type, name, alias) => {
    const x = run(text, '2025-09-10');
    expect(x.entities.filter((e) => e.type === type).map((e) => [e.name, e.aliases.includes(alias)])).toEqual(
      [[name, true]],
    );
  });

  it('"as a terrorist entity" is the designation role', () => {
    const x = run('Canada designated the Los Tumbos gang as a terrorist entity on Monday.', '2025-09-10');
    expect(x.relations.map((r) => [r.type, r.from, r.to, r.role])).toEqual([
      ['DESIGNATED', 'Canada', 'Los Tumbos', 'terrorist entity'],
    ]);
  });

  it.each([
    [
      'a knighthood is no part of the name',
      'Prime Minister Sir Rogan Galvez met Ana Ruiz on Monday.',
      ['Person:Rogan Galvez'],
      ['Person:Sir Rogan Galvez'],
    ],
    [
      'an air force rank before a name',
      'NAF Spokesperson, Air Vice Marshal Rogan Galvez announced this in a statement on Thursday.',
      ['Person:Rogan Galvez'],
      [],
    ],
  ])('batch 4 entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-09-10')), present, absent);
  });

  it.each([
    ['many acts told at once', 'The Los Tumbos gang has carried out many terrorist attacks in Peru.', []],
    [
      'a yearly figure',
      'Official figures show nearly 32 tons of cocaine were confiscated in 2024 alone by the Peruvian Navy.',
      [],
    ],
    [
      'an arrival in no named place',
      'Rogan Galvez was extradited Tuesday to Lima, where he arrived in handcuffs.',
      ['EXTRADITION Rogan Galvez 2025-09-09'],
    ],
    [
      'an arrival in a place named with an adjective before it',
      'Rogan Galvez arrived in northern Peru on Monday.',
      ['VISIT Rogan Galvez 2025-09-08'],
    ],
    [
      'a killing in an airstrike is the strike',
      'The Peruvian Air Force killed several fighters in an airstrike near Tumbes on Tuesday.',
      ['STRIKE Peruvian Air Force 2025-09-09'],
    ],
    [
      'a ship named before "after it was struck" did not strike',
      'HMS Tumbes had helped put out a fire on a merchant vessel after it was struck by a missile.',
      [],
    ],
  ])('batch 4 events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-09-10')).toEqual(keys);
  });

  it.each([
    [
      'a body designated as a terrorist organization',
      'Peru has designated the Tumbes Brigade as a terrorist organization.',
      ['DESIGNATION Peru+Tumbes Brigade 2025-09'],
    ],
    [
      'bodies proscribed',
      'Peru has proscribed two outfits, the Tumbes Brigade and the Ayacucho Group.',
      ['DESIGNATION Peru+Tumbes Brigade+Ayacucho Group 2025-09'],
    ],
    [
      'a person designated to a post is no designation',
      'The Navy designated Captain Rogan Galvez as head of the Lima Naval Base.',
      [],
    ],
    [
      'a court that ordered someone detained',
      'The Federal Court of Justice ordered the pre-trial detention of Rogan Galvez on Thursday.',
      ['ARREST Federal Court of Justice+Rogan Galvez 2025-09-04'],
    ],
    [
      'a counterpart whose given name is also a country',
      'Foreign Minister Rogan Galvez held a phone call with his Chilean counterpart Israel Quispe on Monday.',
      ['CALL Rogan Galvez+Israel Quispe 2025-09-08'],
    ],
  ])('batch 5 events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-09-10')).toEqual(keys);
  });

  it.each([
    [
      'a country in the name of a law',
      'He was charged under Section 342 of the Peru Penal Code.',
      [],
      ['Location:Peru'],
    ],
  ])('batch 5 entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-09-10')), present, absent);
  });

  it("a sea is nobody's opponent", () => {
    expect(relationKeys(run('Chile has backed the Los Tumbos attacks on the Red Sea.'))).not.toContain(
      'OPPOSES Chile -> Red Sea',
    );
  });

  it.each([
    [
      'a warship that shadowed another is deployed',
      'HMS Tumbes shadowed the Russian corvette Ayacucho on Monday.',
      ['DEPLOYMENT HMS Tumbes+Ayacucho 2025-09-08'],
    ],
    [
      'a ship shadowed by one not named before the verb gives no deployment',
      'Tumbes was also tasked to shadow the Russian corvette Ayacucho through the Channel.',
      [],
    ],
    ['people escorted are no deployment', 'Police escorted Rogan Galvez to the court.', []],
    [
      'a rescue',
      'The Peruvian warship BAP Tumbes rescued 19 sailors on Monday.',
      ['OTHER BAP Tumbes 2025-09-08'],
    ],
    [
      'a body cited by its letters after "according to" takes no part',
      'All of them were later rescued by a nearby merchant ship, according to the Peruvian Maritime Trade Office (PMTO) agency.',
      [],
    ],
  ])('batch 6 events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-09-10')).toEqual(keys);
  });

  it('"X province in Y" places X in Y', () => {
    expect(relationKeys(run('Clashes erupted in Khost province in Afghanistan on Monday.'))).toEqual([
      'LOCATED_IN Khost -> Afghanistan',
    ]);
  });

  it("an event's place is not the place of whoever reports it", () => {
    const x = run(
      'Police arrested Rogan Galvez with cocaine on Monday, officials in Santiago said.',
      '2025-09-10',
    );
    expect(x.events.map((e) => [e.type, e.location])).toEqual([['ARREST', null]]);
  });
});

describe('round 10: a fresh review of 32 real articles', () => {
  it.each([
    [
      'a dotted police rank is a title',
      'Chief Supt. Rogan Galvez said the labs were dismantled.',
      ['Person:Rogan Galvez'],
      ['Person:Supt'],
    ],
    [
      'one ordinary word after "Title," belongs to the title',
      'Minister of Foreign Affairs, Emigration and Expatriates Rogan Galvez spoke on Sunday.',
      [],
      ['Person:Emigration'],
    ],
    [
      '"X, the agency\'s <role>" is a person, not a body',
      "Ana Ruiz, the agency's spokesperson, said the suspect was arrested.",
      ['Person:Ana Ruiz'],
      ['Organization:Ana Ruiz'],
    ],
    [
      'an appositive age makes an unknown name a person',
      'Police arrested Zyrtek V., a 51-year-old man, in Berlin on Monday.',
      ['Person:Zyrtek V.'],
      [],
    ],
    [
      'an appositive "leader of" makes an unknown name a person',
      'Tumbara Quisk, leader of the Bel Vista gang, was sanctioned by the United States on Friday.',
      ['Person:Tumbara Quisk'],
      [],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-09-10')), present, absent);
  });

  it.each([
    [
      '"helped arrest" is an arrest',
      'The FBI helped arrest Rogan Galvez in Lima on Monday.',
      '2025-09-10',
      ['ARREST Federal Bureau of Investigation+Rogan Galvez 2025-09-08'],
    ],
    [
      '"worked with X to seize" is a seizure by both',
      'On March 21, the Drug Enforcement Administration worked with the U.S. Coast Guard to seize 2 tons of cocaine.',
      '2025-09-10',
      ['SEIZURE Drug Enforcement Administration+U.S. Coast Guard 2025-03-21'],
    ],
    [
      '"has worked with X to arrest … for years" is a habit',
      'Peru has worked with the United States to arrest cartel leaders for years.',
      '2025-09-10',
      [],
    ],
    [
      'a reward for an arrest is no arrest',
      'The United States doubled its reward for the arrest of Rogan Galvez on Thursday.',
      '2025-09-10',
      [],
    ],
    [
      'the person someone is the partner of takes no part, nor is "escaped" an act there',
      'Police arrested a woman they say is the partner of escaped gang leader Rogan Galvez on Friday.',
      '2025-09-10',
      [],
    ],
    [
      'an arrival that times an arrest is no visit, and "the prosecutor said" names no speaker',
      'Rogan Galvez was arrested on Sunday upon arriving in Germany, the prosecutor said in a statement.',
      '2025-09-10',
      ['ARREST Rogan Galvez 2025-09-07'],
    ],
    [
      'a trip someone was preparing is no visit',
      'Rogan Galvez was arrested at the airport on Thursday while he was preparing to travel to Peru.',
      '2025-09-12',
      ['ARREST Rogan Galvez 2025-09-11'],
    ],
    [
      'a news agency named by its kind reports, it makes no statement',
      'Peru has extradited Rogan Galvez to France, state news agency Zyrta reported.',
      '2025-09-10',
      ['EXTRADITION Peru+Rogan Galvez+France 2025-09'],
    ],
    [
      'a tally told in the perfect is no one event',
      'Since the invasion, Poland has apprehended many people suspected of sabotage.',
      '2025-09-10',
      [],
    ],
    [
      'who gave the directives takes no part',
      'Foreign Minister Rogan Galvez met Foreign Minister Ana Ruiz in Lima on Sunday, in line with directives from President Zyrtek Vandrosz.',
      '2025-09-10',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-09-07'],
    ],
    [
      "the body in a person's appositive takes no part",
      'Zyrtek V., an employee of the BND, was arrested in December.',
      '2025-09-10',
      ['ARREST Zyrtek V. 2024-12'],
    ],
    [
      'a past weekday stays past when a later clause speaks of the future',
      'Foreign Minister Rogan Galvez arrived in Lima on Thursday night ahead of a meeting with President Ana Ruiz that will cap off his tour.',
      '2025-09-12',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-09-11', 'VISIT Rogan Galvez 2025-09-11'],
    ],
    [
      'a date "reflected in" another event is not the meeting\'s',
      "During the meeting with his counterpart Ana Ruiz, Rogan Galvez praised relations, reflected in President Zyrtek Vandrosz's visit to Lima on August 22.",
      '2025-09-10',
      // (The praise is a statement of its own since round 31; what it is about ends at the comma.)
      [
        'MEETING Ana Ruiz+Rogan Galvez 2025-09',
        'VISIT Zyrtek Vandrosz 2025-08-22',
        'STATEMENT Ana Ruiz+Rogan Galvez 2025-09-10',
      ],
    ],
    [
      'what an indictment "follows" gets no guessed date',
      'The indictment follows an executive order issued by President Rogan Galvez that designated the Sinaloa Cartel as a terrorist organization.',
      '2025-09-10',
      ['DESIGNATION Rogan Galvez+Sinaloa Cartel'],
    ],
  ])('events: %s', (_why, text, publishedAt, keys) => {
    expect(eventKeys(text, publishedAt)).toEqual(keys);
  });

  it("the body in a sanctioned person's appositive is not opposed", () => {
    const keys = relationKeys(
      run('Tumbara Quisk, leader of the Bel Vista gang, was sanctioned by the United States on Friday.'),
    );
    expect(keys).toContain('OPPOSES United States -> Tumbara Quisk');
    expect(keys).not.toContain('OPPOSES United States -> Bel Vista Gang');
  });
});

describe('round 10, batch 2: a second fresh review of 32 real articles', () => {
  it.each([
    [
      'a town before an AP or Canadian Press state abbreviation is a place',
      'Police arrested a 55-year-old Marlon Heights, Ont. resident on Friday.',
      ['Location:Marlon Heights'],
      ['Person:Marlon Heights'],
    ],
    [
      "a title word before a thing's head noun is no person",
      'Officers seized cocaine at the Ambassador Bridge in Windsor.',
      [],
      ['Person:Bridge'],
    ],
    [
      'a capitalized "Pro-X" opening a run is no part of the name',
      'Pro-Russia Milan Kovac attended the rally.',
      ['Person:Milan Kovac'],
      ['Person:Pro-Russia Milan Kovac'],
    ],
    [
      'an honorific between a given name and a name stays in it',
      'Somali President Hassan Sheikh Quispe met Ana Ruiz on Monday.',
      ['Person:Hassan Sheikh Quispe'],
      ['Person:Hassan', 'Person:Quispe'],
    ],
    [
      'a hyphenated country name stays whole',
      'The Court of Bosnia-Herzegovina said in a statement it issued a warrant.',
      ['Organization:Court of Bosnia-Herzegovina'],
      ['Person:Herzegovina'],
    ],
    [
      'a plural demonym is no body',
      'After being contacted by the Indonesians, the Peruvian Maritime Agency sent a helicopter.',
      [],
      ['Organization:Indonesians'],
    ],
    [
      'a numbered street names a gang',
      'Police said members of the 22nd Street gang were arrested.',
      ['Cartel:22nd Street Gang'],
      ['Location:22nd Street'],
    ],
    [
      'a place that ends a title\'s "for" phrase is no given name',
      'Under Secretary of State for Latin America Rogan Galvez told reporters the talks went well.',
      ['Person:Rogan Galvez'],
      ['Person:America Rogan Galvez'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-09-10')), present, absent);
  });

  it('"Trade Representative" is the whole title', () => {
    const x = run('United States Trade Representative Rogan Galvez said talks would continue.');
    expect(x.relations.map((r) => [r.type, r.from, r.to, r.role])).toEqual([
      ['HOLDS_ROLE', 'Rogan Galvez', 'United States', 'Trade Representative'],
    ]);
  });

  it.each([
    [
      'a ship detained is seized, not arrested',
      'The Peruvian Navy detained an Iranian boat off Callao on Monday.',
      ['SEIZURE Peruvian Navy 2025-09-08'],
    ],
    [
      'a body named on the report takes no part in what it reports',
      'The ATS statement said the coast guard deployed the patrol ship BAP Tumbes on Monday.',
      ['DEPLOYMENT BAP Tumbes 2025-09-08'],
    ],
    [
      'the speaker after the told clause takes no part in it',
      'Chilean ships fired water cannon at BAP Tumbes on Monday, the Peruvian Navy said in a statement.',
      ['STATEMENT Peruvian Navy 2025-09-10', 'STRIKE BAP Tumbes 2025-09-08'],
    ],
    [
      '"spoke in X about …" is no call, and "a day earlier" is the day before (round 13; was the month)',
      'Rogan Galvez spoke in Lima on Sunday about his meeting with President Ana Ruiz a day earlier.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-09-06'],
    ],
    [
      'the country whose allies act takes no part',
      "Ukraine's allies announced new sanctions on Russia on Monday.",
      ['SANCTION Russia 2025-09-08'],
    ],
    ['sanctions lifted are no sanction', 'After the elections, sanctions on Peru were lifted.', []],
    [
      'a group that claims responsibility for a bombing made it',
      'The Zyrta Front group on Tuesday claimed responsibility for a suicide bombing in Lima.',
      ['STRIKE Zyrta Front 2025-09-09'],
    ],
    [
      'who reports a claim did not attack',
      'The Peru Monitor Group says the Zyrta Front claimed responsibility for the attack.',
      ['STRIKE Zyrta Front 2025-09', 'STATEMENT Peru Monitor Group 2025-09-10'],
    ],
    [
      '"the forces stationed on X" is no deployment by the speaker',
      'The Peruvian Coast Guard said Chilean vessels blocked boats bringing supplies to the Peruvian forces stationed on Isla Lobos.',
      ['STATEMENT Peruvian Coast Guard 2025-09-10'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-09-10')).toEqual(keys);
  });

  it('a place a ship is registered in is not where anyone was sent', () => {
    const x = run(
      'The Peruvian Navy dispatched the patrol ship BAP Tumbes to detain the tanker Zyrta Star, registered in Togo, on Tuesday.',
      '2025-09-10',
    );
    expect(x.events.map((e) => [e.type, e.location])).toEqual([['DEPLOYMENT', null]]);
    expect(relationKeys(x)).not.toContain('DEPLOYED_TO Peruvian Navy -> Togo');
  });

  it("the country whose allies impose sanctions is no one's opponent", () => {
    expect(relationKeys(run("Ukraine's allies announced new sanctions on Russia on Monday."))).not.toContain(
      'OPPOSES Ukraine -> Russia',
    );
  });
});

describe('round 10, batch 3: a third fresh review of 32 real articles', () => {
  it.each([
    [
      "a month's short name after a capitalized name is no date",
      'The post is now held by Adm. Rogan Jun, who Ana Ruiz spoke with for the first time on Tuesday.',
      ['CALL Rogan Jun+Ana Ruiz 2025-09-09'],
    ],
    [
      'sanctions announced with a weekday before "against"',
      'US officials announced economic sanctions Thursday against the Zyrta Cartel.',
      ['SANCTION United States+Zyrta Cartel 2025-09-04'],
    ],
    [
      '"it was sanctioning X" is a sanction',
      'Peru said on Monday it was sanctioning Chilean lawmaker Rogan Galvez.',
      ['SANCTION Peru+Rogan Galvez 2025-09-08'],
    ],
    [
      '"talks between X and Y" that concluded are a meeting',
      'Talks between President Rogan Galvez and U.S. envoy Ana Ruiz concluded late on Friday.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-09-05'],
    ],
    [
      'talks a ceasefire was meant to bring are no meeting',
      'This ceasefire was meant to facilitate peace talks between the guerrillas and the government of President Rogan Galvez.',
      [],
    ],
    [
      '"agreed Monday to" is an agreement',
      'Defense Minister Rogan Galvez and his counterpart Ana Ruiz agreed Monday to establish a framework.',
      ['AGREEMENT Rogan Galvez+Ana Ruiz 2025-09-08'],
    ],
    [
      'a missile launch with no target is an event',
      'North Korea launched an intercontinental ballistic missile on Thursday morning.',
      ['OTHER North Korea 2025-09-04'],
    ],
    [
      'missiles launched at a country are a strike',
      'Iran launched two missiles at Israel on Tuesday.',
      ['STRIKE Iran 2025-09-09'],
    ],
    [
      'missiles fired toward a sea are no strike',
      'North Korea fired two ballistic missiles toward the East Sea on Wednesday.',
      [],
    ],
    [
      'a later sentence that only says when the goods were found dates the seizure',
      'Peruvian Navy officers have intercepted 187 kilograms of cocaine at the port. The truck was referred for a secondary examination. The drugs were discovered on May 23.',
      ['SEIZURE Peruvian Navy 2025-05-23'],
    ],
    [
      'a later sentence about something else dates nothing',
      'Rogan Galvez met President Ana Ruiz in Lima. Further military coups occurred in the early 2000s.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-09'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-09-10')).toEqual(keys);
  });

  it.each([
    [
      'a national police force known by its own-language name is a body',
      'Heavily armed Guardia Civil officers arrested Rogan Galvez on Wednesday in Marbella.',
      ['Organization:Guardia Civil'],
      [],
    ],
    [
      '"…, the Treasury said" after "the cartel" names no cartel',
      'The participants then pay money to the cartel, the Treasury said in a statement.',
      [],
      ['Cartel:Treasury'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-09-10')), present, absent);
  });

  it('the person before a long appositive speaks, not the body in it', () => {
    const x = run(
      'The network had "the capacity to move tonnes of cocaine", Rogan Galvez, head of the anti-drug unit at the Peruvian National Police, said at a press conference in Lima.',
      '2025-09-10',
    );
    expect(x.events.filter((e) => e.type === 'STATEMENT').map((e) => e.participants)).toEqual([
      ['Rogan Galvez'],
    ]);
  });
});

describe('round 10, batch 4: a fourth fresh review of 32 real articles', () => {
  it.each([
    [
      'two people who speak of "their meeting" met',
      'President Rogan Galvez and President Ana Ruiz said on Tuesday that their first face-to-face meeting was cordial.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-09-09', 'STATEMENT Ana Ruiz 2025-09-09'],
    ],
    [
      'a court that ruled on a given day acted',
      "Rogan Galvez must serve his six-year prison sentence, the nation's Supreme Court of Justice ruled on Tuesday.",
      ['OTHER Rogan Galvez+Supreme Court of Justice 2025-09-09'],
    ],
    [
      'a ruling told as background, with no day, is no event',
      'But the court ruled in favor of the government, dismissing the lawsuit Rogan Galvez filed in 2012.',
      [],
    ],
    [
      'a water cannon trained on a ship is an attack',
      'A China Coast Guard vessel trained its water cannon on the BRP Tumbes on Tuesday.',
      ['STRIKE China Coast Guard+BRP Tumbes 2025-09-09'],
    ],
    [
      'whom a framework is meant to counter is no party to it',
      'Foreign Minister Rogan Galvez and Foreign Minister Ana Ruiz met in Manila on Monday and agreed to a framework to counter China.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-09-08', 'AGREEMENT Rogan Galvez+Ana Ruiz 2025-09-08'],
    ],
    [
      'a rejected request to extradite is no extradition',
      'Peru previously rejected a request from Chile to extradite Rogan Galvez.',
      [],
    ],
    [
      'a refusal to extradite is no extradition',
      'Peru refused to extradite Rogan Galvez to Chile on Monday.',
      [],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-09-10')).toEqual(keys);
  });

  it.each([
    [
      '"the Baltic nations" name no sea',
      'The U.S. deployed troops to the Baltic nations on Monday.',
      [],
      ['Location:Baltic Sea'],
    ],
    [
      'a "Gap" is a place',
      'Secretary of State Rogan Galvez met President Ana Ruiz on Sunday to discuss migration through the Darien Gap.',
      ['Location:Darien Gap'],
      ['Person:Darien Gap'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-09-10')), present, absent);
  });
});

describe('round 10, batch 5: the last classes of the fourth fresh review', () => {
  it.each([
    [
      "the dateline's date is the report's, not the event's",
      'LIMA, June 16 — The Peruvian Navy seized 2 tons of cocaine off Callao on May 27.',
      ['SEIZURE Peruvian Navy 2025-05-27'],
    ],
    [
      'an unnamed minister who announced names no speaker, and who issued red notices took no part',
      "Peruvian police have nabbed two suspects against whom Interpol had issued red notices, the country's interior minister announced.",
      [],
    ],
    [
      'whose sanctions someone is under did not detain him',
      "Peru's interior ministry said Wednesday a former officer who is under British and EU sanctions had been detained.",
      // (Since round 18 the lower-case ministry is a body, and its saying a statement; the passive
      // arrest it reports names no one who made it.)
      ['STATEMENT Peruvian Ministry of the Interior 2025-06-18'],
    ],
    [
      'a photo caption tells no event',
      'A stateless ship, allegedly seized for violating U.N. sanctions, is seen near the port of Callao, April 3.',
      [],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-06-18')).toEqual(keys);
  });
});

describe('round 10, batch 6: classes of the fifth fresh review', () => {
  it.each([
    [
      '"since 1957" in a relative clause does not date the meeting, and "his" is the person after the comma',
      'During his meeting with Foreign Minister Penny Wong, Rogan Galvez said relations, which have been established since 1957, were strong.',
      ['MEETING Rogan Galvez+Penny Wong 2025-07', 'STATEMENT Rogan Galvez 2025-07-11'],
    ],
    [
      'a date after "following" is the earlier event\'s',
      "In his meeting with Foreign Minister Ana Ruiz, Rogan Galvez said ties were strong following President Zyrtek Vandrosz's state visit to Lima in April.",
      [
        'MEETING Rogan Galvez+Ana Ruiz 2025-07',
        'VISIT Zyrtek Vandrosz 2025-04',
        'STATEMENT Rogan Galvez 2025-07-11',
      ],
    ],
    [
      'a dateline with no city still dates only the report',
      'Mar 23 (NHK) - The foreign ministers of Peru, Chile and Bolivia have agreed to hold a summit.',
      ['AGREEMENT Peru+Chile+Bolivia 2025-07'],
    ],
    [
      'an act told of an unnamed person in a relative clause is no event of the main clause',
      'President Rogan Galvez met President Ana Ruiz to discuss the man who was wrongly deported to Peru.',
      ['MEETING Rogan Galvez+Ana Ruiz 2025-07'],
    ],
    [
      '"who spoke later" is no call',
      'President Rogan Galvez, who spoke later, did not respond to President Ana Ruiz.',
      [],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-07-11')).toEqual(keys);
  });

  it.each([
    [
      'a numbered name is no person',
      "Rogan Galvez spoke at the 58th Asean Foreign Ministers' Meeting (AMM) in Kuala Lumpur.",
      ['Person:58th Asean Foreign Ministers'],
    ],
    [
      'a body and a title is no person',
      'The Navy Spokesperson said the ship was safe.',
      ['Person:Navy Spokesperson'],
    ],
  ])('entities: %s', (_why, text, absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-07-11')), [], absent);
  });

  it("a state's formal name is that country", () => {
    expectKeys(
      entityKeys(
        run('Rogan Galvez arrived in Cairo, in the Arab Republic of Egypt, on Monday.', '2025-07-11'),
      ),
      ['Location:Egypt'],
      ['Person:Arab Republic of Egypt'],
    );
  });
});

describe('round 11: classes of the sixth fresh review (32 real articles)', () => {
  it.each([
    [
      'a listing as a terrorist organisation is a designation',
      'The Peruvian government on Monday listed the Zarqan Cartel as a terrorist organisation.',
      ['DESIGNATION Zarqan Cartel 2025-07-07'],
    ],
    [
      '"adopted restrictive measures against" is a sanction',
      'EU ministers adopted restrictive measures against four entities on Monday.',
      ['SANCTION European Union 2025-07-07'],
    ],
    [
      '"the U.S. Treasury" is its Department of the Treasury, and "placed sanctions on" a sanction',
      'The U.S. Treasury on Monday placed sanctions on six people tied to the Zarqan Cartel.',
      ['SANCTION U.S. Department of the Treasury+Zarqan Cartel 2025-07-07'],
    ],
    [
      'an agreement signed with two words before its noun',
      'Peru and Chile signed a new defense agreement Thursday.',
      ['AGREEMENT Peru+Chile 2025-07-10'],
    ],
    [
      'a consignment "apprehended" is seized, not arrested',
      'The Peruvian Coast Guard has apprehended a drug consignment of 5.5 tonnes off Callao on Thursday.',
      ['SEIZURE Peruvian Coast Guard 2025-07-10'],
    ],
    [
      'goods "found" by the police are a seizure',
      'The Peruvian National Police found two firearms and 134 wraps of cannabis in the house on Sunday.',
      ['SEIZURE Peruvian National Police 2025-07-06'],
    ],
    [
      'someone "found guilty" of trafficking weapons is no seizure',
      'A court found Rogan Galvez guilty of trafficking weapons on Monday.',
      [],
    ],
    [
      'the one whose group it is takes no part in the arrest of its members',
      "The Peruvian National Police arrested nine members of Rogan Galvez's group on Tuesday.",
      ['ARREST Peruvian National Police 2025-07-08'],
    ],
    [
      'whom pressure is aimed at does not deploy',
      'The Peruvian Navy deployed two frigates to the Pacific to increase pressure on Chilean leader Rogan Galvez.',
      ['DEPLOYMENT Peruvian Navy 2025-07'],
    ],
    [
      'whom an agreement is aimed at is no party to it',
      "Peru and Chile agreed on Monday to cooperate against Bolivia's smuggling networks.",
      ['AGREEMENT Peru+Chile 2025-07-07'],
    ],
    [
      "a fiscal year's tally is no event",
      'Last fiscal year, the Peruvian Coast Guard seized more than 21,000 pounds of cocaine.',
      [],
    ],
    [
      'a full stop without a space still ends a sentence',
      'Peru imposed sanctions on Monday on two firms tied to Bolivia.Chile imposed sanctions on Tuesday on one firm.',
      ['SANCTION Peru 2025-07-07', 'SANCTION Chile 2025-07-08'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-07-11')).toEqual(keys);
  });

  it.each([
    [
      'a hyphenated given name the lists do not know stays whole after a title',
      'President Zarik-Tomar Vendosk greeted his counterparts in Lima. Vendosk said the talks went well.',
      ['Person:Zarik-Tomar Vendosk'],
      ['Person:Zarik'],
    ],
    [
      'a Korean given name with a capitalized second syllable stays whole',
      'Defense Minister Pak Hyo-Sun met Rogan Galvez in Seoul on Monday.',
      ['Person:Pak Hyo-Sun'],
      ['Person:Pak Hyo'],
    ],
    [
      'a member of a cartel named in an appositive is a person',
      'The Treasury sanctioned Zoltar Vemir Quandt, a high-ranking Zarqan Cartel member, on Monday.',
      ['Person:Zoltar Vemir Quandt', 'Cartel:Zarqan Cartel'],
      ['Cartel:Zoltar Vemir Quandt'],
    ],
    [
      'the unknown name an extradition befalls is a person',
      'Peru secured the extradition of Zoltar Vemir Quandt from Chile on Thursday.',
      ['Person:Zoltar Vemir Quandt'],
      [],
    ],
    [
      'a demonym after "the arrest of" is no person',
      'The court is seeking the arrest of Bosnian Serb parliament speaker Rogan Galvez.',
      [],
      ['Person:Bosnian Serb'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-07-11')), present, absent);
  });

  it('a place that owns an activity is not where the event happened', () => {
    const x = run(
      "Japan imposed sanctions on Monday on eleven firms involved in Russia's procurement of drones.",
    );
    expect(x.events.map((e) => [e.type, e.location])).toEqual([['SANCTION', null]]);
  });

  it('"the U.S. Treasury" and "the Treasury Department" are one body', () => {
    const x = run(
      'The U.S. Treasury on Monday sanctioned two banks. The Treasury Department said they laundered money.',
    );
    const treasury = x.entities.filter((e) => /Treasury/.test(e.name));
    expect(treasury.map((e) => [e.name, [...e.aliases].sort()])).toEqual([
      ['U.S. Department of the Treasury', ['Treasury Department', 'U.S. Treasury']],
    ]);
  });
});

describe('round 11, batch 2: classes of the seventh fresh review', () => {
  it.each([
    [
      '"On May 2," is a date, not a modal',
      'On May 2, Rogan Galvez was sentenced to 20 years in prison.',
      ['OTHER Rogan Galvez 2025-05-02'],
    ],
    [
      'a quantity after a date is no clock time',
      'Rogan Galvez was sentenced on April 15 to 242 months in prison.',
      ['OTHER Rogan Galvez 2025-04-15'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-07-11')).toEqual(keys);
  });

  it.each([
    ['a possibility', 'Peru discussed the possibility of tightening sanctions against Chile.', []],
    ['a denial', 'Peru denied targeting Chile.', []],
    ['what a strike stopped short of', 'Peru appeared to stop short of directly targeting Chile.', []],
    ['a modal', 'Peru may impose sanctions on Chile.', []],
    ['an act done', 'Peru imposed sanctions on Chile on Monday.', ['OPPOSES Peru -> Chile']],
  ])('OPPOSES only from what was done: %s', (_why, text, keys: string[]) => {
    expect(relationKeys(run(text, '2025-07-11')).filter((k) => k.startsWith('OPPOSES'))).toEqual(keys);
  });

  it.each([
    [
      'a country naming its own forces is no destination',
      'The USS Zarqan, which has moved closer to Chilean waters as part of a broader U.S. military presence, arrived on Sunday.',
      [],
      ['DEPLOYED_TO USS Zarqan -> United States'],
    ],
    [
      "a ship that is the deploying verb's object is deployed",
      'The Peruvian Navy deployed the BAP Zarqan to Chile on Sunday.',
      ['DEPLOYED_TO BAP Zarqan -> Chile'],
      [],
    ],
    [
      'a ship sent "to escort" or "to detain" is no deployed ship',
      'The Peruvian Navy dispatched personnel to detain the BAP Zarqan off Chile.',
      [],
      ['DEPLOYED_TO BAP Zarqan -> Chile'],
    ],
    [
      "a minister of one country holds no post in another's ministry",
      'Ukrainian Defense Minister Rogan Galvez spoke with his Polish counterpart. The Polish Defense Ministry said Minister Galvez thanked Poland.',
      [],
      ['HOLDS_ROLE Rogan Galvez -> Polish Defense Ministry'],
    ],
    [
      'a possessive opens the next phrase: no "X, Y" containment',
      "The saboteur acted on orders from Lima, Chile's security service said.",
      [],
      ['LOCATED_IN Lima -> Chile'],
    ],
    [
      'a commander "with" a body, after its country\'s possessive and an adjective',
      "Rogan Zarqan Galvez, a commander with Peru's paramilitary Zarqan Support Forces, was sanctioned.",
      ['HOLDS_ROLE Rogan Zarqan Galvez -> Zarqan Support Forces'],
      [],
    ],
    [
      'the body a possessive owns is the one the appositive title is held in',
      "Rear Admiral Ana Ruiz, Commander of the ZBF's Maritime Border Command, said the boat was seized.",
      ['HOLDS_ROLE Ana Ruiz -> Maritime Border Command'],
      ['HOLDS_ROLE Ana Ruiz -> ZBF'],
    ],
    [
      '"led by" with a rank before the name',
      'The Zarqan Support Forces, led by General Rogan Galvez, attacked the city.',
      ['HOLDS_ROLE Rogan Galvez -> Zarqan Support Forces'],
      [],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-07-11')), present, absent);
  });
});

describe('round 11, batch 3: ships named without a prefix', () => {
  it.each([
    [
      'a vessel "called" X is a ship, and a country\'s authorities seize it',
      'Peruvian authorities boarded and seized a cargo vessel called Zarqan Star on Wednesday. Peru said it carried cocaine.',
      ['SEIZURE Peru+Zarqan Star 2025-07-09'],
    ],
    [
      'a ship in an appositive is a ship, and it makes no statement',
      "Rebels seized the Marisol Dawn, a Peruvian-owned and Chilean-flagged ship, on Sunday. Marisol Dawn's operator said in a statement that it had set up a task force.",
      ['SEIZURE Marisol Dawn 2025-07-06'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-07-11')).toEqual(keys);
  });

  it.each([
    [
      'a boat "named" X',
      'A fishing boat named Soe Zarqan Htoo was intercepted off Peru.',
      ['Ship:Soe Zarqan Htoo'],
      [],
    ],
    [
      '"a ship captain" is no ship',
      'The firm hired Rogan Galvez, a ship captain, on Monday.',
      [],
      ['Ship:Rogan Galvez'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-07-11')), present, absent);
  });
});

describe('round 12: places the text puts in another place', () => {
  it.each([
    [
      'a demonym before "port of" names the country',
      'The tanker sailed to the Peruvian port of Callao on Monday, Peru said.',
      ['LOCATED_IN Callao -> Peru'],
      [],
    ],
    [
      'a country\'s possessive before "northern province of"',
      "Shells fell on Ukraine's southern region of Zaporizhzhia, Ukraine said.",
      ['LOCATED_IN Zaporizhzhia -> Ukraine'],
      [],
    ],
    [
      'a demonym that disagrees with the gazetteer places nothing',
      'Troops moved to the Chilean province of Zacatecas, Chile said.',
      [],
      ['LOCATED_IN Zacatecas -> Chile'],
    ],
    [
      'two states before ", Country" are both in it',
      'Gangs from Tamaulipas and Chihuahua, Mexico moved the drugs north.',
      ['LOCATED_IN Tamaulipas -> Mexico', 'LOCATED_IN Chihuahua -> Mexico'],
      [],
    ],
    [
      "a country's possessive before a state the gazetteer puts there",
      "Gunmen attacked a bar in Mexico's Zacatecas state on Friday.",
      ['LOCATED_IN Zacatecas -> Mexico'],
      [],
    ],
    [
      "a city's possessive before a named zone",
      "The raid shut schools across Lima's North Zone, Peru's police said.",
      ['LOCATED_IN North Zone -> Lima'],
      [],
    ],
    [
      'no containment from a possessive the gazetteer contradicts',
      "Chile's Zacatecas policy angered Mexico.",
      [],
      ['LOCATED_IN Zacatecas -> Chile'],
    ],
    [
      'a minister is no head of a U.S. department',
      'Justice Minister Rogan Galvez met officials of the U.S. Justice Department in Lima on Monday.',
      [],
      ['HOLDS_ROLE Rogan Galvez -> U.S. Department of Justice'],
    ],
    [
      'a U.S. secretary still heads it',
      'Defense Secretary Rogan Galvez spoke at the U.S. Defense Department on Monday.',
      ['HOLDS_ROLE Rogan Galvez -> U.S. Department of Defense'],
      [],
    ],
    [
      '"hit X with sanctions": X is the target, the one before acts',
      'The White House hit President Rogan Galvez with financial sanctions and removed Peru from the list of allies.',
      ['OPPOSES White House -> Rogan Galvez'],
      ['OPPOSES Rogan Galvez -> Peru'],
    ],
    [
      'a country hit with tariffs',
      'Washington hit Peru with tariffs on Monday.',
      ['OPPOSES Washington -> Peru'],
      [],
    ],
    [
      'the body a sentence is attributed to is no object of its attack',
      'Gunmen from Mexico entered Guatemala and carried out attacks in six villages, the Guatemalan Defense Ministry revealed in a statement.',
      [],
      ['OPPOSES Guatemala -> Guatemalan Defense Ministry'],
    ],
    [
      'the side that asked for strikes does not strike',
      'At the request of the Government of Peru, the Chilean Navy conducted strikes on Monday targeting the Zarqan Cartel.',
      ['OPPOSES Chilean Navy -> Zarqan Cartel'],
      ['OPPOSES Peru -> Zarqan Cartel'],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-07-11')), present, absent);
  });

  it.each([
    [
      'an ordinary word opening the sentence before "reports"',
      'Unconfirmed reports say the Zarqan Star was attacked off Peru on Monday.',
      [],
      ['Organization:Unconfirmed'],
    ],
    [
      'a "-linked group" names a body',
      'A Zarqan Qaeda-linked group attacked a base in Peru on Sunday.',
      ['Organization:Zarqan Qaeda'],
      ['Person:Zarqan Qaeda'],
    ],
    [
      'a Thai navy prefix',
      'Sailors aboard HTMS Zarqan Khiri closed in on the vessel on Saturday.',
      ['Ship:HTMS Zarqan Khiri'],
      [],
    ],
    [
      'a Malaysian prefix',
      "The agency's KM Zarqan detained the tanker on Tuesday.",
      ['Ship:KM Zarqan'],
      ['Person:KM Zarqan'],
    ],
    [
      'a three-part hyphenated name after a title',
      'General Rogan-Uz-Zarqan arrived in Lima on Thursday.',
      ['Person:Rogan-Uz-Zarqan'],
      ['Person:Rogan-Uz'],
    ],
    [
      'the navy rank "Cdre" is a title, not part of the name',
      'The Peruvian Navy commander Cdre Rogan Galvez said on Friday the ship was detained.',
      ['Person:Rogan Galvez'],
      ['Person:Cdre Rogan Galvez'],
    ],
    [
      'a place after a distance and a bearing',
      'The boat sank about 50 nautical miles south of Koh Zarqan on Saturday.',
      ['Location:Koh Zarqan'],
      ['Person:Koh Zarqan'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-07-11')), present, absent);
  });

  it.each([
    [
      'a proposal for a meeting is no meeting',
      'President Rosa Quispe rejected a proposal from President Rogan Galvez for a direct meeting in Chile.',
      [],
    ],
    [
      'plans for a meeting are no meeting',
      'Rogan Galvez said on Monday there had been long-running plans for him to meet with President Rosa Quispe.',
      ['STATEMENT Rogan Galvez 2025-07-07'],
    ],
    [
      'a study that found seizures made none',
      'A study from the Zarqan Institute found large fentanyl seizures were rare.',
      [],
    ],
    [
      'an interview with an outlet is no call',
      'In a conversation with Zarqan News on Monday, President Rogan Galvez criticized Chile.',
      // (The criticism is a statement since round 31.)
      ['STATEMENT Rogan Galvez+Chile 2025-07-07'],
    ],
    [
      '"entered into an arrangement" is an agreement',
      'Peru and Chile entered into a bilateral, non-binding supply arrangement on Monday.',
      ['AGREEMENT Peru+Chile 2025-07-07'],
    ],
    [
      'a named victim "gunned down" is an event',
      'Prosecutor Rogan Galvez was gunned down on Wednesday in his car in Lima.',
      ['OTHER Rogan Galvez 2025-07-09'],
    ],
    [
      'whom an unnamed speaker calls on makes no statement',
      'In a statement, the officers who lead the mission called on Rogan Galvez to "stop the killings."',
      [],
    ],
    [
      'what a body "emphasized" a partnership with takes no part in its statement',
      'In a statement, the Zarqan Command emphasized its partnership with the Government of Peru.',
      ['STATEMENT Zarqan Command 2025-07-11'],
    ],
    [
      'a weekday inside the quote does not date the statement',
      '"Thursday night, our warship went on board the vessel," the Zarqan Command said in a statement.',
      ['STATEMENT Zarqan Command 2025-07-11'],
    ],
    [
      '"made a record cocaine seizure" is a seizure, by the country whose police made it',
      "Peruvian police made a record cocaine seizure in Callao on Monday. Peru's president praised them.",
      ['SEIZURE Peru 2025-07-07'],
    ],
    [
      '"seven rounds of sanctions" is a tally, not one act',
      'The EU has imposed seven rounds of sanctions on Peru since 2022.',
      [],
    ],
    [
      'a sentence-opening "The" does not glue a country to the body after "and"',
      'The UK and European Union on Monday imposed sanctions on the Zarqan Cartel.',
      ['SANCTION United Kingdom+European Union+Zarqan Cartel 2025-07-07'],
    ],
    [
      'a warship that "transited" a strait is deployed there',
      'USS Zarqan transited the Taiwan Strait on Tuesday, the 7th Fleet said.',
      ['DEPLOYMENT USS Zarqan 2025-07-08', 'STATEMENT 7th Fleet 2025-07-11'],
    ],
    [
      '"brokered a truce" is an agreement',
      'Peru and Chile brokered a truce between Bolivia and Paraguay on Monday.',
      ['AGREEMENT Peru+Chile+Bolivia+Paraguay 2025-07-07'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-07-11')).toEqual(keys);
  });
});

describe('confidence', () => {
  const x = run(
    'Peruvian President Rosa Quispe said on Monday that the Navy seized 2 tons of cocaine in Peru.',
    '2025-03-04',
  );

  it('every entity, relation and event carries a basis and a confidence in (0, 1]', () => {
    for (const r of [...x.entities, ...x.relations, ...x.events]) {
      expect(r.basis).toMatch(/^[a-z-]+:[a-z-]+/);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
    expect(x.entities.length + x.relations.length + x.events.length).toBeGreaterThan(3);
  });

  it('a titled person is more certain than a person known only by a say-verb', () => {
    const titled = run('President Rosa Quispe spoke.').entities.find((e) => e.type === 'Person');
    const said = run('Zyrtek Vandrosz said the port was closed.').entities.find((e) => e.type === 'Person');
    expect(titled?.confidence).toBeGreaterThan(said?.confidence ?? 1);
  });
});

describe('round 13: a third fresh review of 32 real articles', () => {
  it.each([
    [
      'a six-letter first syllable of a Korean given name stays in the name',
      'Defense Ministry spokesman Koo Byoung-rak said the six were sent back.',
      ['Person:Koo Byoung-rak'],
      ['Person:Koo Byoung'],
    ],
    [
      '"Deputy Secretary of State" is one title, so the name after it is a person',
      'The talks between Deputy Secretary of State Rogan Zarqan and Peruvian President Rosa Quispe ended.',
      ['Person:Rogan Zarqan', 'Person:Rosa Quispe'],
      [],
    ],
    [
      'a currency named after a country is no place',
      'Police seized a boat worth 20,868.9 U.S. dollars in Lima, Peru said.',
      ['Location:Lima', 'Location:Peru'],
      ['Location:United States'],
    ],
    [
      "a department that is none of the fifteen U.S. departments is not the U.S.'s",
      'The Department of National Defense said Defense Secretary Rogan Zarqan spoke with Peru.',
      ['Organization:Department of National Defense'],
      ['Organization:U.S. Department of National Defense'],
    ],
    [
      'an apostrophe with one letter after it stays inside a name',
      "Rogan Joma'a Zarqan was sanctioned by the Treasury. Jets struck Sana'a on Tuesday.",
      ["Person:Rogan Joma'a Zarqan", "Location:Sana'a"],
      ['Person:Rogan Joma', 'Location:Sana'],
    ],
    [
      'a name with a particle between hyphens is a place, not a person',
      'President Rosa Quispe had dinner with Ana Ruiz at Mar-a-Lago in Florida.',
      ['Person:Rosa Quispe', 'Person:Ana Ruiz'],
      ['Person:Mar-a-Lago', 'Person:Lago'],
    ],
    [
      'a club named after a person is no person',
      'Ana Ruiz spoke at the Rogan Galvez Club in Lima.',
      ['Person:Ana Ruiz'],
      ['Person:Rogan Galvez Club'],
    ],
    [
      'an undotted rank is a title only before a name ("Gen Z" is a generation)',
      'Gen Z voters in Lima protested. Capt Rogan Galvez said the ship was safe.',
      ['Person:Rogan Galvez'],
      ['Person:Z', 'Person:Capt Rogan Galvez'],
    ],
    [
      "a place's acronym in parentheses is the same place",
      'The West Zarqan Sea (WZS) is tense. Boats left the WZS on Monday.',
      ['Location:West Zarqan Sea'],
      ['Location:WZS'],
    ],
    [
      'people named by a plural demonym after a vessel noun are no ship',
      'The boat is one of the vessels the Peruvians were rescued in.',
      [],
      ['Ship:Peruvians'],
    ],
    [
      "a caption's prose is kept without the photo credit after it",
      'Ana Ruiz speaks with Rogan Galvez in Lima on Monday, March 17, 2025. ZARQAN PRESS/Tomas Vega',
      ['Person:Ana Ruiz', 'Person:Rogan Galvez', 'Location:Lima'],
      ['Person:Tomas Vega'],
    ],
    [
      'letters after a quantity name a drug, not a body',
      'Police seized 60 kg of ICE (methamphetamine) in Lima on Monday.',
      ['Location:Lima'],
      ['Organization:Immigration and Customs Enforcement'],
    ],
    [
      'a publication one reported in is no place',
      'Three suspects were arrested, as reported in Diario Zarqan.',
      [],
      ['Location:Diario Zarqan'],
    ],
    [
      'a name before "island" is a place',
      'The boat was found one nautical mile from Cayo Zarqan island on Monday.',
      ['Location:Cayo Zarqan'],
      ['Person:Cayo Zarqan'],
    ],
    [
      'a U.S. department keeps its country',
      'The Justice Department said Rogan Zarqan was charged in Lima.',
      ['Organization:U.S. Department of Justice'],
      [],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-07-11')), present, absent);
  });

  it.each([
    [
      "a country's membership of a body does not make the body its own",
      "Rogan Galvez said Peru's NATO membership would pose a threat.",
      [],
      ['PART_OF North Atlantic Treaty Organization -> Peru', 'PART_OF NATO -> Peru'],
    ],
    [
      'a deputy holds the post in the department of the title',
      'Deputy Secretary of State Rogan Zarqan met Rosa Quispe, the State Department said.',
      ['HOLDS_ROLE Rogan Zarqan -> U.S. Department of State'],
      [],
    ],
    [
      'the place before "Affairs" is what the body deals with; the possessive owns it',
      "Chile's Peru Affairs Office said the man was a fisherman.",
      ['PART_OF Peru Affairs Office -> Chile'],
      ['PART_OF Peru Affairs Office -> Peru'],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-07-11')), present, absent);
  });

  it.each([
    [
      '"struck a deal" is an agreement, not a strike',
      'Chile struck a deal in January with Bolivia to lease a port.',
      ['AGREEMENT Chile+Bolivia 2025-01'],
    ],
    [
      'an agreement "struck among" its parties is no strike',
      'The agreement, struck among ambassadors of Peru and Chile in Lima, will be made public.',
      [],
    ],
    [
      '"ratified" agreements are an agreement',
      'President Rosa Quispe on Thursday ratified two military cooperation agreements with Chile.',
      ['AGREEMENT Rosa Quispe+Chile 2025-07-10'],
    ],
    [
      '"agreed on a joint declaration" is an agreement',
      'Peru and Chile have agreed on a joint declaration to end their dispute.',
      ['AGREEMENT Peru+Chile 2025-07'],
    ],
    [
      'agreeing to put someone on a sanctions list is a sanction, not an agreement',
      'Peru agreed on Friday to put Rogan Zarqan on its sanctions list.',
      ['SANCTION Peru+Rogan Zarqan 2025-07-11'],
    ],
    [
      'whom a cited statement tells of takes no part in the statement',
      "Rogan Zarqan was arrested in Lima on Monday, according to a statement released by the country's national police.",
      ['ARREST Rogan Zarqan 2025-07-07'],
    ],
    [
      'what a call is about takes no part in it',
      'Prime Minister Rosa Quispe says she spoke Sunday with Ana Ruiz about Chile and its tariff campaign.',
      ['CALL Rosa Quispe+Ana Ruiz 2025-07-06', 'STATEMENT Rosa Quispe 2025-07-06'],
    ],
    [
      'the country an armed group is in does not strike with it',
      "Peru's paramilitary Zarqan Support Forces attacked the city on Sunday.",
      ['STRIKE Zarqan Support Forces 2025-07-06'],
    ],
    [
      'agreeing to remain in contact is no agreement',
      'Prime Minister Rosa Quispe and President Ana Ruiz agreed to remain in contact. They agreed to have their negotiators continue talks.',
      [],
    ],
    [
      'receiving a counterpart named by a demonym is a meeting',
      'President Rosa Quispe received his Chilean counterpart Ana Ruiz in Lima on Monday.',
      ['MEETING Rosa Quispe+Ana Ruiz 2025-07-07'],
    ],
    [
      'a country whose navy acts takes part (a body noun is no title on its own)',
      "Peru's navy intercepted a vessel on Thursday and seized four tons of cocaine, Rogan Galvez said in a statement.",
      ['STATEMENT Rogan Galvez 2025-07-11', 'SEIZURE Peruvian Navy+Peru 2025-07-10'],
    ],
    [
      'the country whose police act takes part; it is not where they acted',
      'Police in Guinea-Bissau seized 2.6 tons of cocaine from a plane on Saturday.',
      ['SEIZURE Guinea-Bissau 2025-07-05'],
    ],
    [
      'a country whose officials report an attack did not make it',
      "Chile's defense officials announced the rebels fired a missile at Lima on Monday.",
      [],
    ],
    [
      'a dinner with someone is a meeting',
      'Prime Minister Rosa Quispe had dinner Friday evening with President Ana Ruiz in Lima.',
      ['MEETING Rosa Quispe+Ana Ruiz 2025-07-11'],
    ],
    [
      'receiving an office-holder is a meeting; receiving a letter is not',
      'President Rosa Quispe received on Monday the Foreign Minister of Chile, Ana Ruiz, in Lima. President Rogan Galvez received a letter from President Ana Ruiz.',
      ['MEETING Rosa Quispe+Ana Ruiz 2025-07-07'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-07-11')).toEqual(keys);
  });

  it('where the topic of a meeting is, is not where it took place', () => {
    const locations = run(
      'President Rosa Quispe met with Ana Ruiz to discuss security in Chile. President Rogan Galvez met with Tomas Vega in Lima to discuss security. The vessel was seized by the Peruvian Navy about 60 miles off the coast of Callao, a port city in western Peru.',
      '2025-07-11',
    ).events.map((e) => e.location);
    // ("about 60 miles" is a distance: no topic.)
    expect(locations).toEqual([null, 'Lima', 'Peru']);
  });
});

describe('round 14: a fourth fresh review of 32 real articles', () => {
  it.each([
    [
      "a demonym opens no one's name (the adjective after it belongs to the title)",
      'Peruvian Presidential Spokesman Rogan Zarqan said the talks ended.',
      ['Person:Rogan Zarqan'],
      ['Person:Peruvian Presidential', 'Organization:Peruvian Presidential'],
    ],
    [
      "a large city's whole name is a place, whatever its first word",
      'Raids took place in Lima and Viña del Mar on Monday.',
      ['Location:Lima', 'Location:Viña del Mar'],
      ['Person:Viña del Mar'],
    ],
    [
      "a name that ends in a country's is no person's",
      'Focus Peru said that the boat had fled.',
      [],
      ['Person:Focus Peru'],
    ],
    [
      "a saint's hyphenated name is one place",
      'Police raided homes in Saint-Gilles on Tuesday.',
      ['Location:Saint-Gilles'],
      ['Location:Saint'],
    ],
    [
      'an acronym and a body joined by "and" are two bodies',
      'The operation was a joint effort between the ZPF and Lima Police Service (LPS), officials said.',
      ['Organization:Lima Police Service'],
      ['Organization:ZPF and Lima Police Service'],
    ],
    [
      "a company noun before a one-word name makes it no person's",
      'The grid operator Zarqanet said in a statement that the cable was damaged.',
      [],
      ['Person:Zarqanet'],
    ],
    [
      "letters in brackets after a drug are the drug's short name, not a body",
      'Police seized 20 kg of crystal methamphetamine (ICE) in Lima on Monday.',
      ['Location:Lima'],
      ['Organization:Immigration and Customs Enforcement'],
    ],
    [
      'a body\'s "for the <noun>" goes on with that noun\'s "of"',
      'Analysts at the Institute for the Study of Zarqan Affairs said the attack failed.',
      ['Organization:Institute for the Study of Zarqan Affairs'],
      ['Organization:Institute for the Study'],
    ],
    [
      'a hyphenated given name goes with a surname that opens with a hyphenated article',
      'Zarqan leader Abdul-Rogan al-Zarqani said the attacks would continue.',
      ['Person:Abdul-Rogan al-Zarqani'],
      ['Person:Rogan al-Zarqani'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-07-11')), present, absent);
  });

  it.each([
    [
      'the place that is the scene of attacks "by" a group does not oppose it',
      'The vast region around Lima has for years been the scene of deadly attacks by jihadist groups affiliated with Al-Qaeda and the Islamic State group.',
      [],
      ['OPPOSES Peru -> Islamic State'],
    ],
    [
      'an attack told as a circumstance has no subject, and a place near it is no target',
      'Three drones targeted two Peruvian Navy patrol boats in an unsuccessful attack near annexed Callao.',
      [],
      ['OPPOSES Peruvian Navy -> Callao'],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-07-11')), present, absent);
  });

  it.each([
    [
      '"On Tuesday, he …" is the person the sentence before opened with, after his title',
      'Defense Minister Rogan Zarqan of Peru met with President Ana Ruiz in Lima on Monday. On Tuesday, he traveled to Quito.',
      ['MEETING Rogan Zarqan+Ana Ruiz 2025-07-07', 'VISIT Rogan Zarqan 2025-07-08'],
    ],
    [
      'the day a bust "took place" dates the seizure told before it',
      'Authorities in Peru say they have seized 2.3 tonnes of cocaine at the port of Callao. The drug bust took place on Tuesday at a warehouse.',
      ['SEIZURE Peru 2025-07-08'],
    ],
    [
      'what was said "earlier" is dated to the month, not the day of the report',
      "Earlier, Chile's Defense Ministry said the drills would go on.",
      ['STATEMENT Chilean Defense Ministry 2025-07'],
    ],
    [
      'a vessel taken control of is seized (a town taken is not)',
      'The Peruvian Navy took control of the oil tanker Zarqan Star on Monday. Rebels took control of Callao on Tuesday.',
      ['SEIZURE Peruvian Navy+Zarqan Star 2025-07-07'],
    ],
    [
      'a vessel boarded to check on its crew is not seized',
      "The Navy personnel boarded the vessel Zarqan Star to check on the crew's well-being.",
      [],
    ],
    [
      'telling someone something in a place on a day is meeting them',
      'President Rosa Quispe told Chilean President Ana Ruiz in Lima on Monday that ties would grow.',
      ['MEETING Rosa Quispe+Ana Ruiz 2025-07-07', 'STATEMENT Rosa Quispe 2025-07-07'],
    ],
    [
      'a drone operated by a group strikes for it',
      'Five civilians died on Thursday after a drone operated by the Zarqan Support Forces targeted a market in Lima.',
      ['STRIKE Zarqan Support Forces 2025-07-10'],
    ],
    [
      'countries named after a seizure are not its parties',
      "Chile's coast guard took control of the tanker Zarqan Star on Monday on suspicion it cut a cable connecting Peru and Bolivia.",
      ['SEIZURE Chilean Coast Guard+Chile+Zarqan Star 2025-07-07'],
    ],
    [
      'a later "the seizure of X" is the seizure already told',
      'Peru seized the tanker Zarqan Star on Monday. Prices rose. Trade slowed. The seizure of the Zarqan Star came hours before the vote.',
      ['SEIZURE Peru+Zarqan Star 2025-07-07'],
    ],
    [
      '"held an encounter with" someone is a meeting',
      'President Rosa Quispe also held an encounter with Foreign Minister Ana Ruiz in Lima.',
      ['MEETING Rosa Quispe+Ana Ruiz 2025-07'],
    ],
    [
      "a dateline's date in \"City [Country], Month D (Agency):\" is the report's, not the event's",
      "Lima [Peru], July 11 (ANI): Peru's navy seized a fishing boat after it crossed into waters off Callao on Wednesday.",
      ['SEIZURE Peru+Peruvian Navy 2025-07-09'],
    ],
    [
      '"neither … nor … agreed" is no agreement',
      'Neither Peru nor Chile agreed to several compromises on Monday.',
      [],
    ],
    [
      '"spoke on the sidelines of" a summit is a meeting, not a call',
      'Peruvian Foreign Minister Rosa Quispe and Chilean Foreign Minister Ana Ruiz spoke on the sidelines of a summit held in Lima on Friday.',
      ['MEETING Rosa Quispe+Ana Ruiz 2025-07-11'],
    ],
    [
      'the source an act is told "according to" takes no part in it',
      "Authorities seized 407 kilos of fentanyl on Monday, according to a news release from the U.S. Attorney's Office for the District of Lima.",
      [],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-07-11')).toEqual(keys);
  });
});

describe('round 15: a fifth fresh review of 32 real articles', () => {
  it.each([
    [
      'a person named in full before "and" is no part of the body after it',
      'European Council President Rosa Quispe and European Commission President Ana Ruiz met in Lima.',
      ['Person:Rosa Quispe', 'Organization:European Commission'],
      ['Organization:Rosa Quispe and European Commission'],
    ],
    [
      "a cutter named with the service's word is a ship",
      'Members of the Cutter Zarqan Star dropped 6 tons of cocaine at the base.',
      ['Ship:Cutter Zarqan Star'],
      ['Cartel:Cutter Zarqan Star'],
    ],
    [
      'a later name in a list after a plural vessel noun is a ship',
      'The operations involved the Coast Guard cutters Zarqan Star and Ana Quispe.',
      ['Ship:Zarqan Star', 'Ship:Ana Quispe'],
      ['Person:Ana Quispe'],
    ],
    [
      'a name said to be a ship is one',
      'The Zarqan II was the third ship assaulted, and it was also hit by a missile.',
      ['Ship:Zarqan II'],
      [],
    ],
    [
      'a double-barrelled surname stays whole, also when its second part names a place',
      'Agents arrested Jose Luis Zarqan-Cortes in Dallas on Monday.',
      ['Person:Jose Luis Zarqan-Cortes'],
      ['Location:Cortés', 'Person:Jose Luis Zarqan'],
    ],
    [
      'a courtesy title stands for the given name before a double-barrelled surname',
      'Mr Zarqan-Hernandez held a grudge, prosecutors said.',
      ['Person:Zarqan-Hernandez'],
      ['Person:Zarqan'],
    ],
    [
      'an office "for … Affairs" ends at a given name, whatever the surname means in English',
      'Acting Under Secretary for Political Affairs Peter Bass met Foreign Minister Rosa Quispe on Monday.',
      ['Person:Peter Bass'],
      ['Person:Political Affairs Peter Bass'],
    ],
    [
      '"Special Agent in Charge" is a title',
      'DEA Special Agent in Charge Rogan Zarqan told reporters the case was closed.',
      ['Person:Rogan Zarqan', 'Organization:Drug Enforcement Administration'],
      ['Location:Charge Rogan Zarqan'],
    ],
    [
      'a sentence\'s capitalized "Former" is no part of a body\'s name',
      'Former Drug Enforcement Administration agent Rogan Zarqan said the cartels were weakened.',
      ['Organization:Drug Enforcement Administration'],
      ['Organization:Former Drug Enforcement Administration'],
    ],
    [
      '"His Highness Shaikh" opens a person\'s name, and "X Bin Y" is "X Bin Y Al Z"',
      'President His Highness Shaikh Rogan Bin Zarqan Al Quispe met the visiting minister on Monday. Later, Shaikh Rogan Bin Zarqan welcomed him.',
      ['Person:Rogan Bin Zarqan Al Quispe'],
      ['Person:Rogan Bin Zarqan', 'Person:Shaikh Rogan Bin Zarqan'],
    ],
    [
      'a prize is no place, even before "X, White House"',
      'She would recommend him for the Zarqan Peace Prize, White House spokeswoman Ana Ruiz said.',
      [],
      ['Location:Zarqan Peace Prize'],
    ],
    [
      '"<known subdivision> State" is that subdivision',
      'Soldiers patrolled Borno on Monday. Violence in Borno State has grown.',
      ['Location:Borno'],
      ['Location:Borno State'],
    ],
    [
      '"NGO" and "MOU" name no body',
      'Officials read a press release from the NGO on Monday. The MOU was signed by both ministers.',
      [],
      ['Organization:NGO', 'Organization:MOU'],
    ],
    [
      'a Spanish-article name after "village of" is a place, not a gang',
      'The operation took place in the remote village of Las Zarqas, the army said.',
      ['Location:Las Zarqas'],
      ['Cartel:Las Zarqas'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-07-11')), present, absent);
  });

  it.each([
    [
      "a navy with a demonym in its name is that country's, not the home country's",
      "The U.S. Navy and the U.S. Coast Guard led the drill. The Royal Chilean Navy's frigate joined them.",
      ['PART_OF U.S. Navy -> United States'],
      ['PART_OF Royal Chilean Navy -> United States'],
    ],
    [
      '"President X of <country>" holds the office there, not in the country of the title before',
      'UAE President Rogan Zarqan and President Ana Ruiz of Peru held discussions on Wednesday in Abu Dhabi.',
      ['HOLDS_ROLE Rogan Zarqan -> United Arab Emirates', 'HOLDS_ROLE Ana Ruiz -> Peru'],
      ['HOLDS_ROLE Ana Ruiz -> United Arab Emirates'],
    ],
    [
      'a country a group controls is where a missile came from, not an opponent',
      'A U.S. destroyer shot down two missiles fired from Zarqan-controlled Yemen at a merchant vessel in the Red Sea.',
      [],
      ['OPPOSES United States -> Yemen'],
    ],
    [
      'a prize before "X, White House" lies in no place',
      'She would recommend him for the Zarqan Peace Prize, White House spokeswoman Ana Ruiz said.',
      [],
      ['LOCATED_IN Zarqan Peace Prize -> White House'],
    ],
    [
      'a U.S. secretary holds no post in a ministry whose country the article leaves unsaid',
      'Defense Minister Ana Ruiz and U.S. Defense Secretary Rogan Zarqan agreed to strengthen ties between the Ministry of Defense and the Pentagon.',
      ['HOLDS_ROLE Rogan Zarqan -> United States'],
      ['HOLDS_ROLE Rogan Zarqan -> Ministry of Defense'],
    ],
    [
      'a lone surname before "and" is no part of the body that qualifies the next title',
      'Quispe and National Police Commander Rogan Zarqan acknowledged the attacks on Monday.',
      ['HOLDS_ROLE Rogan Zarqan -> National Police'],
      ['HOLDS_ROLE Rogan Zarqan -> Quispe and National Police'],
    ],
    [
      'a guerrilla group named with a demonym is no part of that country',
      'Pamphlets from the Peruvian Zarqan Liberation Army (ZLA) guerrilla group were found in the camp in Peru.',
      [],
      ['PART_OF Peruvian Zarqan Liberation Army -> Peru'],
    ],
    [
      'a "Shipping Minister" is a title, not a body called "<demonym> Shipping"',
      'Greek Shipping Minister Rogan Zarqan condemned the attack on Wednesday.',
      [],
      ['HOLDS_ROLE Rogan Zarqan -> Greek Shipping'],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-07-11')), present, absent);
  });

  it.each([
    [
      "an act's own date told after it wins over the day of the saying before it",
      'U.S. Central Command said in a statement on Tuesday that it seized weapons bound for Yemen on July 2.',
      ['STATEMENT U.S. Central Command 2025-07-08', 'SEIZURE U.S. Central Command 2025-07-02'],
    ],
    [
      '"on Wednesday last week" is the Wednesday of the week before',
      'The Peruvian Navy seized two tonnes of cocaine off Callao. The vessel was intercepted by the navy on Wednesday last week, police said.',
      ['SEIZURE Peruvian Navy 2025-07-02'],
    ],
    [
      'a "City, Mon D:" dateline is the report\'s date; "the seizure was made on …" dates the seizure',
      'Lima, Jul 11: The Peruvian Navy has seized 5 tonnes of cocaine in Callao. The seizure was made on July 3 when sailors searched a boat.',
      ['SEIZURE Peruvian Navy 2025-07-03'],
    ],
    [
      'a "telephone discussion" is a call, and "the morning of <date>" is that date',
      'President Rosa Quispe held a telephone discussion during the morning of 6 July 2025 with President Ana Ruiz.',
      ['CALL Rosa Quispe+Ana Ruiz 2025-07-06'],
    ],
    [
      'two people who "held discussions" met',
      'President Rosa Quispe and President Ana Ruiz held discussions on Wednesday in Lima.',
      ['MEETING Rosa Quispe+Ana Ruiz 2025-07-09'],
    ],
    [
      'a memorandum "was signed between" two bodies is an agreement',
      'A Memorandum of Understanding was signed between the Ministry of Foreign Affairs of Peru and the U.S. Department of State on June 30, 2025.',
      ['AGREEMENT Peruvian Ministry of Foreign Affairs+U.S. Department of State 2025-06-30'],
    ],
    [
      'leaders who "signed documents" reached an agreement',
      'President Rosa Quispe and President Ana Ruiz signed documents on Tuesday including one on critical minerals.',
      ['AGREEMENT Rosa Quispe+Ana Ruiz 2025-07-08'],
    ],
    [
      '"the official signing of a partnership" is an agreement',
      'Peru and the European Union opened a new era Monday with the official signing of a security partnership in Brussels.',
      ['AGREEMENT Peru+European Union 2025-07-07'],
    ],
    [
      'a signing that is only a condition is no agreement',
      'Lima has made clear that the signing of the treaty is conditional on a change of the constitution.',
      [],
    ],
    [
      '"made 956 arrests" is an arrest',
      'ICE said it made 956 arrests on Sunday across Chicago and Atlanta.',
      [
        'ARREST Immigration and Customs Enforcement 2025-07-06',
        'STATEMENT Immigration and Customs Enforcement 2025-07-06',
      ],
    ],
    [
      'the date in an opening "Since …," clause is not the main clause\'s',
      "Since the Zarqan Front's October 7 attack on Peru, Zarqan Front fighters have launched volleys of missiles at Peru.",
      ['STRIKE Zarqan Front 2025-07'],
    ],
    [
      'an attack told in an "until" clause is a backdrop with no party of the main clause',
      "Zarqan Front fighters are aiming to keep Peruvian ships out of the sea until Chile's assault on Lima finishes.",
      [],
    ],
    [
      'a parent named in an appositive takes no part, and "extradited from X to Y" names both countries',
      'Rogan Zarqan, son of notorious drug trafficker Ana "La Reina" Zarqan, has been extradited from Peru to the United States.',
      ['EXTRADITION Rogan Zarqan+Peru+United States 2025-07'],
    ],
    [
      '"since he took office", with no date, is no event',
      'President Ana Ruiz praised Prime Minister Rosa Quispe for his role in improving ties since he took office.',
      // (The praise is a statement since round 31; "took office" still makes none.)
      ['STATEMENT Ana Ruiz+Rosa Quispe 2025-07-11'],
    ],
    [
      '"the afternoon of Monday, July 7" is July 7, and "the fentanyl was found" then dates the seizure',
      'Border Patrol officers seized 120 pounds of fentanyl pills in a vehicle near Calexico. The fentanyl was found on the afternoon of Monday, July 7.',
      ['SEIZURE Border Patrol 2025-07-07'],
    ],
    [
      'a ship ordered to remain somewhere is deployed there',
      'Defense Secretary Rogan Zarqan ordered the USS Zarqan Star to remain in the Middle East on Sunday.',
      ['DEPLOYMENT Rogan Zarqan+USS Zarqan Star 2025-07-06'],
    ],
    [
      'a strike on a drug-smuggling boat that killed people is a strike',
      'A new US strike on an alleged drug-smuggling boat killed two people in the Caribbean on Tuesday.',
      ['STRIKE United States 2025-07-08'],
    ],
    [
      'a sentence goes on past "Rs." (rupees), keeping its day',
      'The Peruvian Navy has seized narcotics worth an estimated Rs. 10 billion from two trawlers on Monday.',
      ['SEIZURE Peruvian Navy 2025-07-07'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-07-11')).toEqual(keys);
  });

  it('a visit told in a "who" aside goes where the aside says', () => {
    const x = run(
      'Prime Minister Rosa Quispe, who travelled to Brussels for the summit, is pursuing more options as Peru seeks to reduce its reliance on Chile.',
      '2025-07-11',
    );
    expect(x.events.find((e) => e.type === 'VISIT')?.location).toBe('Brussels');
  });
});

describe('round 16: a sixth fresh review of 32 real articles', () => {
  it.each([
    [
      'a given name one letter off a country is no country',
      'Ana Ruiz and Cameron also underscored the importance of the trip to Lima.',
      ['Location:Lima'],
      ['Location:Cameroon'],
    ],
    [
      'a name before "the X Cartel\'s alleged ringleader" is a person',
      "Rogan Zarqan, the Zarqan Star Cartel's alleged ringleader, was sanctioned.",
      ['Person:Rogan Zarqan', 'Cartel:Zarqan Star Cartel'],
      ['Cartel:Rogan Zarqan'],
    ],
    [
      'a name before "the leader of the X Cartel" is a person',
      'Rogan Zarqan and Ana Ruiz, the leader of the Gulf Cartel, were sanctioned.',
      ['Person:Ana Ruiz'],
      ['Cartel:Ana Ruiz'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-07-11')), present, absent);
  });

  it.each([
    [
      'a cartel "designated as" a terrorist group in an appositive names no designator',
      'The Office of Foreign Assets Control sanctioned four people affiliated with La Nueva Zarqania, a Mexican cartel designated as a terrorist organization.',
      ['OPPOSES Office of Foreign Assets Control -> La Nueva Zarqania'],
      ['DESIGNATED Office of Foreign Assets Control -> La Nueva Zarqania'],
    ],
    [
      'a person is no designator ("by the X administration")',
      'President Rogan Zarqan took office in January. The Cartel del Norte was designated a terrorist organization by the Zarqan administration in February.',
      [],
      ['DESIGNATED Rogan Zarqan -> Cartel del Norte'],
    ],
    [
      'a place in what a deployment is to prevent is not where it went',
      'The BRP Zarqan Star has been deployed to Bajo de Masinloc since Nov. 27 to prevent Chinese vessels from inching closer to Zambales province.',
      [],
      ['DEPLOYED_TO BRP Zarqan Star -> Zambales'],
    ],
    [
      'a "suspected member of" a cartel is a member',
      'Rogan Zarqan, a suspected member of the Gulf Cartel, was arrested.',
      ['MEMBER_OF Rogan Zarqan -> Gulf Cartel'],
      [],
    ],
    [
      'a plural appositive after two names makes both members',
      'Rogan Zarqan and Ana Ruiz, leaders of the Gulf Cartel, were sanctioned.',
      ['MEMBER_OF Rogan Zarqan -> Gulf Cartel', 'MEMBER_OF Ana Ruiz -> Gulf Cartel'],
      [],
    ],
    [
      "a singular appositive after two names is the last one's alone",
      'Rogan Zarqan and Ana Ruiz, the leader of the Gulf Cartel, were sanctioned.',
      ['MEMBER_OF Ana Ruiz -> Gulf Cartel'],
      ['MEMBER_OF Rogan Zarqan -> Gulf Cartel'],
    ],
    [
      "a group's possessive before a role makes a member",
      "Rogan Zarqan, the Zarqan Star Cartel's alleged ringleader, was sanctioned.",
      ['MEMBER_OF Rogan Zarqan -> Zarqan Star Cartel'],
      [],
    ],
    [
      '"the department\'s office" is the one department the article names',
      "The U.S. Department of the Treasury acted on Thursday. The department's Office of Foreign Assets Control announced new sanctions on 29 vessels.",
      ['PART_OF Office of Foreign Assets Control -> U.S. Department of the Treasury'],
      [],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-07-11')), present, absent);
  });

  it.each([
    [
      '"the navy" after the one navy the article names is that navy',
      'The Peruvian Navy patrols the coast. On Monday the navy said it had seized 2 tonnes of cocaine.',
      ['SEIZURE Peruvian Navy 2025-07-07', 'STATEMENT Peruvian Navy 2025-07-07'],
    ],
    [
      '"the coast guard" stays open when the article speaks of two',
      'The Peruvian Coast Guard said the Chilean coast guard fired water cannons. On Tuesday the coast guard seized a boat.',
      // (The water cannon is a strike by the one said to fire it, since round 18.)
      ['STRIKE Chilean coast guard 2025-07', 'STATEMENT Peruvian Coast Guard 2025-07-11'],
    ],
    [
      '"the police deployment" is a deployment noun, not the police',
      'The Peruvian National Police opened an inquiry. The police deployment seeks to identify people who took part on January 8.',
      [],
    ],
    [
      'an act a later sentence calls "another … days earlier" is a second act',
      'The Peruvian Navy seized 2 tonnes of cocaine off Callao on Monday. This operation follows another major action just days earlier, in which the navy seized 7 tonnes in the Pacific Ocean.',
      ['SEIZURE Peruvian Navy 2025-07-07', 'SEIZURE Peruvian Navy 2025-07'],
    ],
    [
      'a year alone with "have seized" is a tally, no act',
      'The Peruvian Navy said on Tuesday it seized 61kg of drugs. The Peruvian Navy and its partners have together seized 388kg of narcotics in 2022.',
      ['SEIZURE Peruvian Navy 2025-07-08', 'STATEMENT Peruvian Navy 2025-07-08'],
    ],
    [
      'an event after "came weeks after" has no date of the main clause',
      'The arrest, which took place on Thursday, came just weeks after President Ana Ruiz visited Lima.',
      ['VISIT Ana Ruiz 2025-07'],
    ],
    [
      '"followed the recent arrest of X" is a backdrop with X alone',
      'The raid came weeks after President Ana Ruiz visited Lima, and followed the recent arrest of cartel leader Rogan Zarqan.',
      ['VISIT Ana Ruiz 2025-07', 'ARREST Rogan Zarqan'],
    ],
    [
      "a parent named with a quoted nickname takes no part in the son's plea",
      'A son of the drug lord Rogan "El Zarco" Zarqan pleaded guilty Monday in Chicago.',
      [],
    ],
    [
      '"a U.S.-designated terrorist organization" is what a group is, not an act',
      'The Zarqan Cartel is a U.S.-designated Foreign Terrorist Organization.',
      [],
    ],
    [
      '"the cartel … is designated as" a terrorist organization is a present status, not an act',
      'The Zarqan Cartel sells fentanyl. The cartel, one of the most notorious groups, is designated as a Foreign Terrorist Organization.',
      [],
    ],
    [
      "a designation in a group's aside takes no date of the main clause",
      'The Cartel del Norte, designated a terrorist organization by the United States, was targeted on Wednesday.',
      [],
    ],
    [
      '"this afternoon" is the day of publication',
      'This afternoon, Foreign Minister Rosa Quispe received a telephone call from her Chilean counterpart, Ana Ruiz.',
      ['CALL Rosa Quispe+Ana Ruiz 2025-07-11'],
    ],
    [
      '"last night" is the day before publication',
      'Rogan Zarqan was arrested in Lima last night, police said.',
      ['ARREST Rogan Zarqan 2025-07-10'],
    ],
    [
      '"telephone conversations" are a call',
      'Minister Rosa Quispe held telephone conversations with President Ana Ruiz on Thursday.',
      ['CALL Rosa Quispe+Ana Ruiz 2025-07-10'],
    ],
    [
      'a country that signs is a party, also where it signs; a memorandum of understanding is no OTHER act',
      'LIMA – Peru and Chile on Wednesday signed a Memorandum of Understanding on consultations in Chile.',
      ['AGREEMENT Peru+Chile 2025-07-09'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-07-11')).toEqual(keys);
  });

  it('a deployment is not placed where what it prevents would happen', () => {
    const x = run(
      'The BRP Zarqan Star has been deployed to Bajo de Masinloc since Nov. 27 to prevent Chinese vessels from inching closer to Zambales province.',
      '2025-12-01',
    );
    expect(x.events.map((e) => [e.type, e.location])).toEqual([['DEPLOYMENT', null]]);
  });
});

describe('round 17: a seventh fresh review of 32 real articles', () => {
  it.each([
    [
      'a plural of people after "U.S." starts a sentence, no body',
      'Rogan Zarqan was extradited to the U.S. Prosecutors say Zarqan worked with drug traffickers.',
      ['Person:Rogan Zarqan', 'Location:United States'],
      ['Organization:U.S. Prosecutors'],
    ],
    [
      'a capitalized "senior" opening a sentence is no part of a body',
      'Senior Coast Guard officials said the cutter returned to port.',
      ['Organization:Coast Guard'],
      ['Organization:Senior Coast Guard'],
    ],
    [
      'a named storm is no person',
      'The frigate sailed through heavy seas following Storm Ciaran.',
      [],
      ['Person:Storm Ciaran'],
    ],
    [
      "a unit's number is part of its name",
      'Capt. Rogan Zarqan, commander of Destroyer Squadron 15, said the ships sailed together.',
      ['Organization:Destroyer Squadron 15'],
      ['Organization:Destroyer Squadron'],
    ],
    ['"Gov." is a title', 'Virginia Gov. Glenn Zarqan signed the bill.', ['Person:Glenn Zarqan'], []],
    [
      'an office of two areas ends where a given name starts',
      "Mexico's Secretary of Security and Civilian Protection Omar Zarqan confirmed the transfer.",
      ['Person:Omar Zarqan'],
      ['Person:Zarqan'],
    ],
    [
      "a country's possessive before its navy in lower case names the body",
      "A spokesman for Peru's navy said the boat was intercepted.",
      ['Organization:Peruvian Navy', 'Location:Peru'],
      [],
    ],
    [
      'an adjective of a country and its army in lower case name the body',
      'The Peruvian army killed the gang leader on Sunday.',
      ['Organization:Peruvian army'],
      [],
    ],
    [
      'a force in lower case before a noun it modifies is no body',
      'The Peruvian army officers met. It was a major escalation of the Peruvian military buildup.',
      [],
      ['Organization:Peruvian army', 'Organization:Peruvian military'],
    ],
    [
      '"Republic of Korea (ROK)": the letters are the place\'s, not a body',
      'Ana Ruiz is Minister of Foreign Affairs of the Republic of Korea (ROK). The ROK side welcomed the call.',
      ['Location:South Korea'],
      ['Organization:ROK'],
    ],
    [
      'a port of entry named after its town is one place; alone it is none',
      'The smuggler drove through the Rio Grande Port of Entry. Officers at the Port of Entry found him.',
      ['Location:Rio Grande Port of Entry'],
      ['Location:Rio Grande', 'Location:Port of Entry'],
    ],
    [
      'a sentence\'s capitalized "Suspected" is no part of a name',
      'Suspected Tren de Aragua members were arrested during an FBI raid in Texas.',
      ['Cartel:Tren de Aragua'],
      ['Organization:Suspected Tren de Aragua'],
    ],
    [
      'the White House that speaks or has advisers is the office; the one visited is the place',
      'Rogan Zarqan, who may become a White House national security adviser, met Ana Ruiz at the White House on Friday.',
      ['Organization:White House', 'Location:White House'],
      [],
    ],
    [
      '"Investigations", "Centers", "Staff" and "Chiefs of" head bodies; "General Staff" is no general',
      "Homeland Security Investigations agents searched the truck. The Joint Chiefs of Staff said it was legal. Rogan Zarqan, Chief of Iran's General Staff of the Armed Forces, spoke.",
      [
        'Organization:Homeland Security Investigations',
        'Organization:Joint Chiefs of Staff',
        'Organization:General Staff of the Armed Forces',
      ],
      ['Person:Staff'],
    ],
    [
      'letters after a drug and a comma name a drug, not an agency',
      'Over 2 billion worth of heroin, ICE seized by the navy on Friday.',
      [],
      ['Organization:Immigration and Customs Enforcement'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-08-13')), present, absent);
  });

  it.each([
    [
      'a research centre with "National" in its name is no body of the home country',
      'The U.S. Embassy in Lima condemned the attack. The homicide rate rose, according to the Centre for National Economic Research.',
      ['PART_OF U.S. Embassy in Lima -> United States'],
      ['PART_OF Centre for National Economic Research -> United States'],
    ],
    [
      'a force with a name of its own is no body of the home country',
      "The U.S. Navy and the U.S. Coast Guard sailed together. People's Liberation Army Gen. Rogan Zarqan joined the call.",
      ['PART_OF U.S. Navy -> United States'],
      ["PART_OF People's Liberation Army -> United States"],
    ],
    [
      'a role noun right before "said" is the attribution, not the name\'s appositive',
      'The ship carried Rogan Zarqan, a State Department official said on Friday.',
      [],
      ['HOLDS_ROLE Rogan Zarqan -> U.S. Department of State'],
    ],
    [
      "the subject's appositive keeps its role when its closing comma is lost",
      'However, Colonel Rogan Zarqan, the spokesperson of the Zarqan Theatre Command said the ships left.',
      ['HOLDS_ROLE Rogan Zarqan -> Zarqan Theatre Command'],
      [],
    ],
    [
      "a country's possessive before a cartel is no designator, nor is the group's status a designation",
      "The U.S. Treasury sanctioned ten people tied to Mexico's Zarqan Cartel, underscoring the group's new designation as a foreign terrorist organization.",
      ['OPPOSES U.S. Department of the Treasury -> Zarqan Cartel'],
      ['DESIGNATED Mexico -> Zarqan Cartel'],
    ],
    [
      '"Name, title of Country" is a role',
      'Adm. Rogan Zarqan, defense minister of China, spoke by phone with Ana Ruiz on Tuesday.',
      ['HOLDS_ROLE Rogan Zarqan -> China'],
      [],
    ],
    [
      'a city and its state stay a pair when a comma and no place follow',
      'The suspects were arrested in El Paso, Texas, on Friday.',
      ['LOCATED_IN El Paso -> Texas'],
      [],
    ],
    [
      'a district, then its province after a comma or "of"',
      'Police raided a house in Lam Luk Ka district, Pathum Thani, and in Kui Buri district of Prachuap Khiri Khan.',
      ['LOCATED_IN Lam Luk Ka -> Pathum Thani', 'LOCATED_IN Kui Buri -> Prachuap Khiri Khan'],
      [],
    ],
    [
      'an owned act with an adjective before it names who acts ("Russia\'s unprovoked invasion of Ukraine")',
      "Ana Ruiz also discussed Russia's unprovoked invasion of Ukraine.",
      ['OPPOSES Russia -> Ukraine'],
      [],
    ],
    [
      'the one defended against an owned act is opposed by its owner',
      "They agreed to keep supporting Ukraine against Russia's invasion.",
      ['OPPOSES Russia -> Ukraine'],
      [],
    ],
    [
      "an invasion without an owner is nobody's act against the place",
      'Ana Ruiz spoke about the invasion of Ukraine on Monday.',
      [],
      ['OPPOSES Ana Ruiz -> Ukraine'],
    ],
    [
      "a country's letters after its formal name are its alias, and the role before them is its",
      'Rogan Zarqan spoke with Ana Ruiz, Minister of Foreign Affairs of the Republic of Korea (ROK). The ROK side welcomed the call.',
      ['HOLDS_ROLE Ana Ruiz -> South Korea'],
      [],
    ],
    [
      "in a list of titles each before its name, the role after a name is the next name's",
      'The meeting was attended by the Minister of the Interior, Rosa Quispe, the head of the Joint Command of the Armed Forces, Ana Ruiz, and others.',
      [],
      ['HOLDS_ROLE Rosa Quispe -> Joint Command of the Armed Forces'],
    ],
    [
      'an act owned by a name the article does not know has no actor from elsewhere',
      'The deployment aims to bolster US deterrence efforts in response to the Vornakh attacks on Israel.',
      [],
      ['OPPOSES United States -> Israel'],
    ],
    [
      'a warship in a part of a sea is deployed there',
      'HMS Zarqan shadowed the ship in the eastern Mediterranean on Monday.',
      ['DEPLOYED_TO HMS Zarqan -> eastern Mediterranean'],
      ['DEPLOYED_TO HMS Zarqan -> Mediterranean'],
    ],
    [
      'a person\'s area after "leader for" is no target of the act',
      'The Treasury sanctioned Rogan Zarqan, a cell leader for Tamaulipas, Mexico, on Thursday.',
      ['OPPOSES Treasury -> Rogan Zarqan'],
      ['OPPOSES Treasury -> Tamaulipas', 'OPPOSES Treasury -> Mexico'],
    ],
    [
      'a joint body of two countries is no body of the second',
      'Officials convened the inaugural meeting of the U.S.-Mexico Security Implementation Group on Friday.',
      [],
      ['PART_OF Mexico Security Implementation Group -> Mexico'],
    ],
    [
      "a cartel's capitals used without a definition are its alias",
      'The Treasury sanctioned members of the Cartel de Jalisco Nueva Generacion on Thursday. The sanctions target CJNG member Rogan Zarqan.',
      ['MEMBER_OF Rogan Zarqan -> Cartel de Jalisco Nueva Generacion'],
      [],
    ],
    [
      "a group's role noun between the group and a name, or after the group in the name's appositive, makes a member",
      'The sanctions target Zarqan Cartel member Ana Ruiz. The Treasury also sanctioned Rosa Quispe, Zarqan Cartel cell leader for Lima.',
      ['MEMBER_OF Ana Ruiz -> Zarqan Cartel', 'MEMBER_OF Rosa Quispe -> Zarqan Cartel'],
      [],
    ],
    [
      '"Name, as president of Country" is a role',
      'Rogan Zarqan won the vote. Western allies fear that Zarqan, as president of the United States, could cut funding.',
      ['HOLDS_ROLE Rogan Zarqan -> United States'],
      [],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-08-13')), present, absent);
  });

  it.each([
    [
      '"met separately with A and B" is one meeting with each',
      'Rosa Quispe also met separately with British Foreign Secretary Ana Ruiz and French Foreign Minister Rogan Zarqan on Wednesday.',
      ['MEETING Rosa Quispe+Ana Ruiz 2025-08-13', 'MEETING Rosa Quispe+Rogan Zarqan 2025-08-13'],
    ],
    [
      '"in February of that year" is in the year stated before',
      'Rogan Zarqan fled Peru in 2024. The U.S. Treasury Department placed sanctions on Zarqan in February of that year.',
      ['SANCTION U.S. Department of the Treasury+Rogan Zarqan 2024-02'],
    ],
    [
      'an undated act "earlier this year" has the year alone',
      'The administration paved the way for such charges earlier this year when it designated the Zarqan Cartel a terrorist organization.',
      ['DESIGNATION Zarqan Cartel 2025'],
    ],
    [
      'a suspended extradition is none',
      'Colombian President Rosa Quispe has suspended the extradition of a rebel leader to the United States.',
      [],
    ],
    [
      'a neighbour named after "border with" is no party',
      'Six gang members of the Zarqan Cartel were arrested in the province of El Oro, border with Peru, on Monday.',
      ['ARREST Zarqan Cartel 2025-08-11'],
    ],
    [
      '"officers stationed at" is where they are, no deployment',
      'Two Customs and Border Protection officers stationed at the busiest border crossing were charged on Monday.',
      [],
    ],
    [
      'what an act answers ("in response to …") takes no part in it, before or after',
      'In response to mounting pressure, Peru has stationed 10,000 troops at its border. The United States deployed the USS Zarqan Star to the Mediterranean on Monday in response to the attacks on Israel.',
      ['DEPLOYMENT Peru 2025-08', 'DEPLOYMENT United States+USS Zarqan Star 2025-08-11'],
    ],
    [
      '"Earlier this week, X said" is a statement of the month, not of the day of publication',
      'Earlier this week, Foreign Minister Rogan Zarqan said the talks had failed.',
      ['STATEMENT Rogan Zarqan 2025-08'],
    ],
    [
      '"announced this week" dates the statement by its month',
      'Forty-seven people were charged, the Department of Justice announced this week.',
      ['STATEMENT U.S. Department of Justice 2025-08'],
    ],
    [
      'a person who confirms "the deployment" takes no part in it',
      'Pentagon spokesperson Rogan Zarqan confirmed the deployment in a statement on Friday.',
      ['STATEMENT Rogan Zarqan 2025-08-08'],
    ],
    [
      "a country in a person's appositive is no party to the act on the person",
      'The Treasury sanctioned Rogan Zarqan, a cell leader for Tamaulipas, Mexico, on Thursday.',
      ['SANCTION Treasury+Rogan Zarqan 2025-08-07'],
    ],
    [
      'a counted handover of people to a country is an extradition',
      'Mexico on Tuesday sent 26 people accused of drug trafficking to the United States.',
      ['EXTRADITION Mexico+United States 2025-08-12'],
    ],
    [
      'a clause after ", as" with its own subject takes no part in the event',
      'Peruvian police arrested Rogan Zarqan on Monday, as President Ana Ruiz continues pressing Chile on security.',
      ['ARREST Rogan Zarqan 2025-08-11'],
    ],
    [
      "a group's possessed designation is its status, not an act",
      "The U.S. Treasury on Monday sanctioned ten people tied to the Zarqan Cartel, underscoring the group's new designation as a foreign terrorist organization.",
      ['SANCTION U.S. Department of the Treasury+Zarqan Cartel 2025-08-11'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-08-13')).toEqual(keys);
  });
});

describe('round 18: an eighth fresh review of 32 real articles', () => {
  it.each([
    [
      'a group of its own shape before "and … Cartel" is a second group',
      'Tren de Zarqan and Quispe Cartel make the terrorist list',
      ['Cartel:Tren de Zarqan', 'Cartel:Quispe Cartel'],
      ['Cartel:Tren de Zarqan and Quispe Cartel'],
    ],
    [
      'an unknown name listed between criminal groups is one',
      'The designated groups are: Tren de Zarqan, Quispe Cartel, Lindqvist Cartel and La Nueva Orden Vandrosa.',
      ['Cartel:La Nueva Orden Vandrosa', 'Cartel:Quispe Cartel'],
      [],
    ],
    [
      'a quoted name right after "criminal organization" is a group',
      'Rogan Zarqan, the leader of the criminal organization "La Vandrosa," was extradited on Tuesday.',
      ['Cartel:La Vandrosa', 'Person:Rogan Zarqan'],
      [],
    ],
    [
      'a bureau named right after its department is a body of its own',
      'Officials from the State Department Bureau of Zarqan Narcotics and Law Enforcement Affairs attended.',
      [
        'Organization:U.S. Department of State',
        'Organization:Bureau of Zarqan Narcotics and Law Enforcement Affairs',
      ],
      ['Organization:State Department Bureau of Zarqan Narcotics'],
    ],
    [
      "an area title inside a department's name leaves the department whole",
      'Department of Homeland Security Secretary Rosa Quispe visited Lima on Friday.',
      ['Organization:U.S. Department of Homeland Security', 'Person:Rosa Quispe'],
      ['Organization:Department of Homeland'],
    ],
    [
      'a two-word policy area stays in the title, out of the name',
      'Australian Minister for Defence Industry Rogan Zarqan met officials on Tuesday.',
      ['Person:Rogan Zarqan'],
      ['Person:Industry Rogan Zarqan'],
    ],
    [
      'a name after "rescue tug" is a ship, even with a given name in it',
      'The detachment includes the frigate Zarqan and the rescue tug Nikolai Vandrosz.',
      ['Ship:Nikolai Vandrosz'],
      ['Person:Nikolai Vandrosz'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-08-13')), present, absent);
  });

  it.each([
    [
      '"the French cities of A and B" places both',
      'Police arrested 13 suspects in the French cities of Marseille and Rennes, France said.',
      ['LOCATED_IN Marseille -> France', 'LOCATED_IN Rennes -> France'],
      [],
    ],
    [
      '"X, the capital of Y" and "X, the Y state capital"',
      'He was born in Culiacán, the capital of Sinaloa, and was caught in Tuxtla Gutiérrez, the Chiapas state capital.',
      ['LOCATED_IN Culiacán -> Sinaloa', 'LOCATED_IN Tuxtla Gutiérrez -> Chiapas'],
      [],
    ],
    [
      '"his US counterpart" gives no foreign minister\'s title to a U.S. secretary',
      'Saudi Foreign Minister Rogan Zarqan spoke with his US counterpart Ana Ruiz over the phone on Monday.',
      [],
      ['HOLDS_ROLE Ana Ruiz -> United States'],
    ],
    [
      'a bureau named right after its department is part of it',
      'Officials from the State Department Bureau of Zarqan Narcotics and Law Enforcement Affairs attended.',
      ['PART_OF Bureau of Zarqan Narcotics and Law Enforcement Affairs -> U.S. Department of State'],
      [],
    ],
    [
      '"the co-founder and current leader of X" is a member',
      'Rogan Zarqan, the co-founder and current leader of the Quispe Cartel, remains at large.',
      ['MEMBER_OF Rogan Zarqan -> Quispe Cartel'],
      [],
    ],
    [
      '"X leads Y", "X founded Y", "accused of being a leader of Y"',
      'Rogan Zarqan leads Los Vandros. Ana Ruiz founded the Quispe Cartel in 1989. Tomasz Wierzbicki was accused of being a leader of Los Lindqvist.',
      [
        'MEMBER_OF Rogan Zarqan -> Los Vandros',
        'MEMBER_OF Ana Ruiz -> Quispe Cartel',
        'MEMBER_OF Tomasz Wierzbicki -> Los Lindqvist',
      ],
      [],
    ],
    [
      'a "Secretariat" in a U.S. story is not the U.S.\'s',
      'U.S. Attorney General Ana Ruiz said the FBI and the U.S. Department of Justice met the Secretariat of Zarqan Security and Civilian Protection in Mexico City on Monday.',
      ['PART_OF U.S. Department of Justice -> United States'],
      [
        'PART_OF Secretariat of Zarqan Security and Civilian Protection -> United States',
        'PART_OF Secretariat of Zarqan Security -> United States',
      ],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-08-13')), present, absent);
  });

  it.each([
    [
      'a span\'s start year ("beginning in 1989") does not date the plea',
      'Rogan Zarqan pleaded guilty to running a criminal enterprise for 35 years beginning in 1989.',
      ['OTHER Rogan Zarqan 2025-08'],
    ],
    [
      'a lead that tells the plea before naming who dates the telling that names him',
      'The co-founder of the Quispe Cartel pleaded guilty Monday to drug charges. Rogan Zarqan, 75, pleaded guilty to two counts.',
      ['OTHER Rogan Zarqan 2025-08-11'],
    ],
    [
      'talks "over the phone" are a call',
      'Saudi Foreign Minister Rogan Zarqan discussed the region with Ana Ruiz over the phone on Monday.',
      ['CALL Rogan Zarqan+Ana Ruiz 2025-08-11'],
    ],
    [
      '"received Japanese Defense Minister X" is a meeting',
      'Defense Secretary Rogan Zarqan received Japanese Defense Minister Ana Ruiz at the Pentagon on Thursday.',
      ['MEETING Rogan Zarqan+Ana Ruiz 2025-08-07'],
    ],
    [
      'a named agreement signed, "on the 8th" of this month',
      'Peru and Chile signed the “Reciprocal Access Agreement” in Lima on the 8th.',
      ['AGREEMENT Peru+Chile 2025-08-08'],
    ],
    [
      '"earlier this week on Monday" is that Monday',
      'Earlier this week on Monday, Defense Minister Rogan Zarqan traveled to Hawaii.',
      ['VISIT Rogan Zarqan 2025-08-11'],
    ],
    [
      'a visit someone "is set to" make has no date yet',
      'Foreign Minister Rogan Zarqan is set to visit Moscow for talks.',
      ['VISIT Rogan Zarqan'],
    ],
    [
      'who takes custody after an arrest did not make it',
      'Rogan Zarqan was arrested on Thursday and transferred to the custody of the National Court in Madrid.',
      ['ARREST Rogan Zarqan 2025-08-07'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-08-13')).toEqual(keys);
  });
});

describe('round 18: false facts from the same review', () => {
  it.each([
    [
      'a navy named by its country and an adjective is no ship',
      'Pirates fired at the Indian Naval warship on Friday, the navy said.',
      [],
      ['Ship:Indian Naval'],
    ],
    [
      'a kind of unit with no name of its own is no body (a numbered one is)',
      'The USS Zarqan and her Carrier Strike Group entered the Red Sea. Carrier Strike Group 12 followed.',
      ['Ship:USS Zarqan', 'Organization:Carrier Strike Group 12'],
      ['Organization:Carrier Strike Group'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-08-13')), present, absent);
  });

  it('a country naming its own fleet is no destination', () => {
    const keys = relationKeys(
      run(
        'The USS Zarqan departed Norfolk on Tuesday for a scheduled deployment to the US 5th Fleet area of responsibility.',
        '2025-08-13',
      ),
    );
    expect(keys).not.toContain('DEPLOYED_TO USS Zarqan -> United States');
  });

  it.each([
    [
      '"held bilateral meetings with A, B and C" is one meeting with each',
      'External Affairs Minister Rogan Zarqan held bilateral meetings with Foreign Minister Ana Ruiz of Peru and Foreign Minister Rosa Quispe of Chile on Tuesday.',
      ['MEETING Rogan Zarqan+Ana Ruiz 2025-08-12', 'MEETING Rogan Zarqan+Rosa Quispe 2025-08-12'],
    ],
    [
      'an opening "As X visited …" clause and the main clause are two acts',
      'As Foreign Minister Rosa Quispe visited El Salvador and Colombia, Secretary of State Rogan Zarqan spoke to reporters.',
      ['VISIT Rosa Quispe 2025-08'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-08-13')).toEqual(keys);
  });
});

describe('round 18: a ninth fresh review of 32 real articles', () => {
  it.each([
    [
      'a federal court district is a body, and its state no place named there',
      'Rogan Zarqan was charged in the Southern District of New York on Tuesday.',
      ['Organization:Southern District of New York', 'Person:Rogan Zarqan'],
      ['Location:New York'],
    ],
    [
      'a demonym before a person named in full leaves the person',
      'Federal prosecutors charged American Bazile Vandrosz with arms trafficking.',
      ['Person:Bazile Vandrosz'],
      [],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-08-13')), present, absent);
  });

  it.each([
    [
      '"In <country>," places the cities the sentence names, when the gazetteer agrees',
      'In Colombia, police arrested two suspects in Cúcuta and in Bogotá on Monday.',
      ['LOCATED_IN Cúcuta -> Colombia', 'LOCATED_IN Bogotá -> Colombia'],
      [],
    ],
    [
      '"X in the Y" places a shoal in a sea, and a bay in a state',
      'Chinese ships sailed near the Zarqan Shoal in the South China Sea. A boat was stopped off Mission Bay in California.',
      ['LOCATED_IN Zarqan Shoal -> South China Sea', 'LOCATED_IN Mission Bay -> California'],
      [],
    ],
    [
      '"known as X in China" names the place, it does not locate it',
      'The shoal, known as Zarqan Island in China and Quispe Shoal in the Philippines, was the site of the clash.',
      [],
      ['LOCATED_IN Zarqan Island -> China', 'LOCATED_IN Quispe Shoal -> Philippines'],
    ],
    [
      '"X helms the Y gang" is a member',
      'Rogan Zarqan helms the Los Vandros gang, prosecutors said.',
      ['MEMBER_OF Rogan Zarqan -> Los Vandros'],
      [],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-08-13')), present, absent);
  });

  it.each([
    [
      'a tanker "seized by pirates" is no seizure by anyone named',
      'The EU naval force Atalanta neared the Zarqan Star, a tanker which was seized by pirates the previous day.',
      [],
    ],
    [
      'an "Israeli strike" is made by Israel',
      'An Israeli strike on the village of Jouya in southern Lebanon killed four Hezbollah fighters on Tuesday. Israel said it hit a commander.',
      ['STRIKE Israel+Hezbollah 2025-08-12'],
    ],
    [
      'a water cannon fired, with no "at", is a strike',
      'A China Coast Guard ship fired a water cannon and sideswiped a vessel on Wednesday.',
      ['STRIKE China Coast Guard 2025-08-13'],
    ],
    [
      '"about a year ago" is last year',
      'Rogan Zarqan was extradited to the United States about a year ago.',
      ['EXTRADITION Rogan Zarqan+United States 2024'],
    ],
    [
      'ships sent "repeatedly" are a habit, no event',
      'China has repeatedly sent coast guard ships to waters around the Zarqan Islands.',
      [],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-08-13')).toEqual(keys);
  });
});

describe('round 18: false relations from the ninth review', () => {
  it.each([
    [
      'a body named between a country and its office keeps the country out of the role',
      "U.S. Army Pacific's deputy commander, Lt. Gen. Rogan Zarqan, said the drills began on Sunday. U.S. District Judge Ana Ruiz set bail.",
      ['HOLDS_ROLE Ana Ruiz -> United States'],
      ['HOLDS_ROLE Rogan Zarqan -> United States'],
    ],
    [
      'people of a country ("four Mexican nationals") are not the country opposed',
      'The U.S. Treasury Department on Wednesday sanctioned four Mexican nationals and 12 companies in Mexico linked to a “brutally violent” cartel involved in a timeshare fraud of resorts in Puerto Vallarta.',
      [],
      ['OPPOSES U.S. Department of the Treasury -> Mexico'],
    ],
    [
      'who "designated by" names acts; it is not opposed',
      'Rogan Zarqan helms the Los Vandros gang, which has been tied to attacks on local infrastructure, kidnappings, and murders and been designated by the US as a foreign terror organization.',
      ['DESIGNATED United States -> Los Vandros'],
      ['OPPOSES Rogan Zarqan -> United States'],
    ],
    [
      'a body designated right after the verb, with no designation named, designates no group',
      'OFAC designated Vandrosa Labs in sanctions for shipping chemicals to Zarqan Cartel members.',
      [],
      ['DESIGNATED Office of Foreign Assets Control -> Zarqan Cartel'],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-08-13')), present, absent);
  });
});

describe('round 18: nicknames and titles from the ninth review', () => {
  it.each([
    [
      '"nicknamed X" unquoted and "aka \\"X\\"" give aliases',
      'Rogan Zarqan Vandrosz, nicknamed Fito, escaped in January. Ana Ruiz Quispe, aka "El Zorro", leads the cartel.',
      [
        ['Rogan Zarqan Vandrosz', 'Fito'],
        ['Ana Ruiz Quispe', 'El Zorro'],
      ],
    ],
  ])('%s', (_why, text, pairs) => {
    const out = run(text, '2025-08-13');
    for (const [name, alias] of pairs as string[][])
      expect(out.entities.find((e) => e.name === name)?.aliases).toContain(alias);
  });

  it('"<country>\'s chief of joint operations, X" is a role there', () => {
    const keys = relationKeys(
      run(
        "Peru's chief of joint operations, Vice Adm. Rogan Zarqan, said the plane was not damaged.",
        '2025-08-13',
      ),
    );
    expect(keys).toContain('HOLDS_ROLE Rogan Zarqan -> Peru');
  });
});

describe('round 18: a subdivision whose key spells a given name', () => {
  it('"Ana" opening a name is no place ("A\'ana")', () => {
    const keys = entityKeys(run('Ana Ruiz Quispe leads the cartel, prosecutors said.', '2025-08-13'));
    expect(keys).toContain('Person:Ana Ruiz Quispe');
    expect(keys).not.toContain("Location:A'ana");
  });
});

describe('round 18: lower-case ministries and courts', () => {
  it.each([
    [
      '"Peru\'s foreign ministry said" is a body of Peru',
      "Peru's foreign ministry said the patrol was illegal on Monday.",
      ['Organization:Peruvian Ministry of Foreign Affairs', 'Location:Peru'],
      [],
    ],
    [
      '"the Lima district court" is a body; a bare "the Lima court" is not',
      'A Lima district court ordered the seizure of the tanker on Friday. He asked the Cusco court to move the case.',
      ['Organization:Lima District Court'],
      ['Organization:Cusco Court'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-08-13')), present, absent);
  });
});

describe('round 18: ships named after titles, units, and asides between commas', () => {
  it.each([
    [
      'a ship prefix keeps a title and "of" inside the ship\'s name',
      'The carrier HMS Prince of Zarqania got under way on Tuesday. HMS Queen Vandrosa sailed too.',
      ['Ship:HMS Prince of Zarqania', 'Ship:HMS Queen Vandrosa'],
      ['Organization:HMS', 'Person:Vandrosa'],
    ],
    [
      '"Commander of Carrier Strike Group One" names no cartel',
      'The strike group sailed, said Rear Admiral Rogan Zarqan, Commander of Carrier Strike Group One.',
      ['Person:Rogan Zarqan'],
      ['Cartel:Carrier Strike Group One'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-08-13')), present, absent);
  });

  it('a "who" aside between commas takes no part in the main clause\'s act', () => {
    expect(
      eventKeys(
        'Ambassador Rogan Zarqan, who served in Lima during the term of President Ana Ruiz, met with President Rosa Quispe on Monday.',
        '2025-08-13',
      ),
    ).toEqual(['MEETING Rogan Zarqan+Rosa Quispe 2025-08-11']);
  });
});

describe('round 18: acts told across sentences', () => {
  it.each([
    [
      '"The operation was carried out in coordination with A, B and C" adds them to the act told before',
      'The Peruvian Navy seized 3 tons of cocaine on Monday. The operation was carried out in coordination with the National Police and the Zarqan Customs Agency.',
      ['SEIZURE Peruvian Navy+National Police+Zarqan Customs Agency 2025-08-11'],
    ],
    [
      '"During the deployment, …" retells the act; "a helicopter, currently deployed with …" is none',
      'The Peruvian Navy seized 3 tons of cocaine on Monday. During the deployment, Navy units located a boat. A helicopter, currently deployed with the frigate BAP Zarqan, tracked it.',
      ['SEIZURE Peruvian Navy 2025-08-11'],
    ],
    [
      '"Among those extradited are members of X" is no second extradition; "among those sanctioned was Y" still names a target',
      'Peru extradited drug lord Rogan Zarqan to the United States on Monday. Among those extradited are members of the Zarqan Cartel.',
      ['EXTRADITION Peru+Rogan Zarqan+United States 2025-08-11'],
    ],
    [
      'a later undated strike by the same attacker, naming its target, is the same attack',
      'The Zarqan Coast Guard fired water cannons at two vessels on Monday. Officials met later. The ministry said so. Reporters asked. “Contrary to Zarqan Coast Guard disinformation, the BRP Vandrosa was rammed by a coast guard vessel,” he added.',
      ['STRIKE Zarqan Coast Guard 2025-08-11'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(
      eventKeys(text, '2025-08-13').filter((k) => !k.startsWith('STATEMENT') && !k.startsWith('MEETING')),
    ).toEqual(keys);
  });
});

describe('round 18: who a body acts as, and who heads a government, take no part', () => {
  it('"acting as the Coast Guard" and "the administration, headed by President X"', () => {
    expect(
      eventKeys(
        'The Zarqan Navy, acting as the Coast Guard, seized 3 tons of cocaine on Monday. In all, 8 tons have been seized during the current administration, headed by President Rosa Quispe.',
        '2025-08-13',
      ),
    ).toEqual(['SEIZURE Zarqan Navy 2025-08-11']);
  });
});

describe('round 18: police ranks and lists from the last review', () => {
  it.each([
    [
      '"Sr. Comr." is a rank before the name, not a person',
      'The suspects were detained, said Central Java Police spokesperson Sr. Comr. Rogan Zarqan on Thursday.',
      ['Person:Rogan Zarqan'],
      ['Person:Sr. Comr'],
    ],
    [
      'a blacklist named after someone ("the Clinton List") is no person',
      'The Treasury added Rogan Zarqan to the Clinton List on Friday.',
      ['Person:Rogan Zarqan'],
      ['Person:Clinton List'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-08-13')), present, absent);
  });
});

describe('round 19: false facts from the wave-24 review', () => {
  it.each([
    [
      'a country whose groups act ("Peru\'s drug cartels ordered attacks on …") does not act itself',
      "A memo revealed that some of Peru's most powerful drug cartels have reportedly ordered their ranks to carry out drone attacks on any Border Patrol and Department of Homeland Security agents.",
      [],
      ['OPPOSES Peru -> Border Patrol', 'OPPOSES Peru -> U.S. Department of Homeland Security'],
    ],
    [
      'whom an "if"-clause says someone might attack is not whom the threatener opposes',
      'The border czar, Rogan Zarqan, threatened the gangs with fatal consequences if they decide to attack U.S. soldiers and any U.S. Border Patrol agents.',
      [],
      ['OPPOSES Rogan Zarqan -> U.S. Border Patrol'],
    ],
    [
      'whom a mission serves ("…, supporting U.S. interests") is no destination',
      'The USS Zarqan is on a scheduled deployment to the Vandrosa area of operations, supporting U.S., Allied and partner interests in the region.',
      [],
      ['DEPLOYED_TO USS Zarqan -> United States'],
    ],
    [
      '"Commander of Naval Striking and Support Forces" names no cartel',
      'Vice Adm. Rogan Zarqan, Commander of Naval Striking and Support Forces Vandrosa, said the drill ended.',
      [],
      ['MEMBER_OF Rogan Zarqan -> Naval Striking'],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-03-04')), present, absent);
  });

  it.each([
    [
      'a body\'s head noun after a ship prefix ("PLA Air Force") makes a body, not a ship',
      'The PLA Air Force tracked the destroyer on Monday.',
      ['Organization:PLA Air Force'],
      ['Ship:PLA Air Force'],
    ],
    [
      '"Leaders of St Vincent and …" makes no cartel; "the Nile Basin states" no person',
      'Leaders of St Vincent and the Grenadines and the Nile Basin states met in Geneva.',
      [],
      ['Cartel:St Vincent', 'Person:Nile Basin'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-03-04')), present, absent);
  });

  it.each([
    [
      'a document\'s year ("the 2005 law") does not date what is said about it',
      'Justice Rosa Zarqan said the 2005 law was in part meant to protect gunmakers.',
      ['STATEMENT Rosa Zarqan 2025-03-04'],
    ],
    [
      'who accuses someone ("accused by the United States of financing Hezbollah") takes no part in the plea',
      'A dual citizen accused by the United States of financing the armed group Hezbollah pleaded guilty on Friday in a criminal case.',
      [],
    ],
    [
      'the speaker before a title appositive with "and" in it is the one who speaks',
      '"Our forces remain ready," Vice Adm. Rogan Zarqan, Commander of Naval Striking and Support Forces Vandrosa and U.S. 6th Fleet, said.',
      ['STATEMENT Rogan Zarqan 2025-03-04'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2025-03-04')).toEqual(keys);
  });
});

describe('round 19: facts the wave-24 review missed', () => {
  it.each([
    [
      '"X welcomed U.S. Deputy Secretary of State Y to Cairo" and "has received the United States Ambassador" are meetings',
      'Zarqanian Foreign Minister Rogan Zarqan welcomed U.S. Deputy Secretary of State Tomasz Wierzbicki to Cairo on Sunday for talks. The Minister of Defence, Rosa Vandrosa, has received the United States Ambassador to Nigeria, Mr. Ivan Kolar, at the ministry on Monday.',
      ['MEETING Rogan Zarqan+Tomasz Wierzbicki 2026-01-25', 'MEETING Rosa Vandrosa+Ivan Kolar 2026-01-26'],
    ],
  ])('events: %s', (_why, text, keys) => {
    expect(eventKeys(text, '2026-01-27').filter((k) => k.startsWith('MEETING'))).toEqual(keys);
  });

  it.each([
    [
      '"The leader of the X drug cartel Y" and "a key member of the X cartel based in Z, Y,"',
      'The leader of the Los Zarqanos drug cartel Rogan Zarqan was extradited on Friday. The man named as a key member of the Vandrosa cartel based in Dubai, Tomasz Wierzbicki, was arrested.',
      ['MEMBER_OF Rogan Zarqan -> Los Zarqanos', 'MEMBER_OF Tomasz Wierzbicki -> Vandrosa Cartel'],
      [],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-03-04')), present, absent);
  });
});

describe('round 19: bodies and roles written around a title', () => {
  it.each([
    [
      '"China\'s foreign ministry spokesperson X": the lower-case ministry before the title is where the role is held',
      "China's foreign ministry spokesperson Rogan Zarqan said the talks were useful.",
      ['HOLDS_ROLE Rogan Zarqan -> Chinese Ministry of Foreign Affairs'],
      [],
    ],
    [
      '"Egypt\'s presidency said" names a body of the country',
      "Egypt's presidency said the two leaders discussed trade.",
      ['PART_OF Egyptian Presidency -> Egypt'],
      [],
    ],
    [
      '"Venezuela\'s ousted President X": the adjective keeps the role',
      "The gang has ties with Venezuela's ousted President Rogan Zarqan, officials said.",
      ['HOLDS_ROLE Rogan Zarqan -> Venezuela'],
      [],
    ],
    [
      '"The Chilean Supreme Court" and "the U.S. Supreme Court" keep their country',
      'The Chilean Supreme Court on Wednesday rejected an appeal. The gang operated in Chile. The U.S. Supreme Court heard a case.',
      ['PART_OF Chilean Supreme Court -> Chile', 'PART_OF U.S. Supreme Court -> United States'],
      [],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-03-04')), present, absent);
  });

  it('"Venezuela\'s ousted President" is no ousting; "the army ousted President X" is one', () => {
    expect(
      eventKeys("The gang has ties with Venezuela's ousted President Rogan Zarqan.", '2025-03-04'),
    ).toEqual([]);
    expect(eventKeys('The army ousted President Rogan Zarqan on Monday.', '2025-03-04')).toEqual([
      'OTHER Rogan Zarqan 2025-03-03',
    ]);
  });
});

describe('round 19: who takes part', () => {
  it('a country before a person\'s possessive ("Peru\'s Zarqan meets …") says whose leader, and takes no part', () => {
    const keys = eventKeys(
      "Peru's Zarqan meets with Chile's foreign minister\nPeruvian President Rogan Zarqan met Chilean Foreign Minister Tomasz Wierzbicki in Lima on Monday.",
      '2025-06-22',
    );
    expect(keys.filter((k) => k.startsWith('MEETING')).length).toBeGreaterThan(0);
    expect(keys.filter((k) => k.includes('Peru'))).toEqual([]);
  });

  it('where ships set out from ("which departed Japan on June 14") is no party to the deployment', () => {
    expect(
      eventKeys(
        'The destroyers JS Zarqan and JS Vandrosa, which departed Japan on June 14, were deployed to the South China Sea.',
        '2025-06-22',
      ).filter((k) => !k.startsWith('STATEMENT')),
    ).toEqual(['DEPLOYMENT JS Zarqan+JS Vandrosa 2025-06-14']);
  });
});

describe('round 19: names from the wave-25 review', () => {
  it.each([
    [
      'people of a service are no first half of a body ("U.S. Sailors and Military Sealift Command")',
      'The combined crew of U.S. Sailors and Military Sealift Command civil service mariners enjoyed liberty.',
      ['Organization:Military Sealift Command'],
      ['Organization:U.S. Sailors and Military Sealift Command'],
    ],
    [
      'a body known by one word ("the Treasury\'s Office … said") is no gang after "the criminal gang,"',
      "The U.S. Treasury sanctioned five affiliates of the criminal gang, the Treasury's Office of Foreign Assets Control said.",
      [],
      ['Cartel:Treasury'],
    ],
    [
      'a participle opening the sentence before a group noun names no group ("Jailed gang leaders", "Imprisoned Cartel bosses")',
      'Jailed gang leaders often order attacks. Imprisoned Cartel bosses run the trade.',
      [],
      ['Cartel:Jailed Gang', 'Cartel:Imprisoned Cartel', 'Organization:Imprisoned Cartel'],
    ],
    [
      'a country\'s capitals ("Ecuador\'s SNAI prison authority") are one of its bodies',
      "Ecuador's SNAI prison authority issued a statement on Sunday.",
      ['Organization:SNAI'],
      [],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-03-04')), present, absent);
  });

  it('"Ecuador\'s SNAI" is part of Ecuador', () => {
    expect(
      relationKeys(run("Ecuador's SNAI prison authority issued a statement on Sunday.", '2025-03-04')),
    ).toContain('PART_OF SNAI -> Ecuador');
  });
});

describe('round 19: false facts from the wave-25 review', () => {
  it.each([
    [
      'a country that modifies the noun after the comma ("…, U.S. officials said") holds no place',
      'The drone was shot down as it sailed in the southern Red Sea, U.S. officials said Wednesday.',
      [],
      ['LOCATED_IN southern Red Sea -> United States'],
    ],
    [
      'an act the subject reacts to ("opposition to the new tariffs on India …") and a purpose\'s objects are not whom the subject opposes',
      "Rogan Zarqan voiced Beijing's firm opposition to the new tariffs on India as well as China to put pressure on Vladimir Putin to reach peace with Ukraine.",
      [],
      ['OPPOSES Rogan Zarqan -> India', 'OPPOSES Rogan Zarqan -> Ukraine'],
    ],
    [
      '"Michoacán, Mexico the …" still places the state',
      'From the barrios of Jalisco and Michoacán, Mexico the cartel casts a dark shadow.',
      ['LOCATED_IN Michoacán -> Mexico'],
      [],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-02-13')), present, absent);
  });

  it.each([
    [
      '"ordered the carrier strike group to accelerate" is no strike',
      'Defense Secretary Rogan Zarqan ordered the aircraft carrier strike group to accelerate its transit.',
      'STRIKE',
    ],
    [
      '"a third sanctioned oil tanker" is no sanction',
      'The United States Coast Guard is in pursuit of a third sanctioned oil tanker near Venezuela.',
      'SANCTION',
    ],
  ])('events: %s', (_why, text, type) => {
    expect(eventKeys(text, '2025-02-13').filter((k) => k.startsWith(type))).toEqual([]);
  });
});

describe('round 19: local offices', () => {
  it('"Uruapan Mayor X": a city the gazetteer knows, right before a local office, is where it is held', () => {
    const x = run('Uruapan Mayor Rogan Zarqan was shot dead on Saturday.', '2025-11-03');
    expect(entityKeys(x)).toContain('Location:Uruapan');
    expect(relationKeys(x)).toContain('HOLDS_ROLE Rogan Zarqan -> Uruapan');
  });
});

describe('round 20: false facts from the wave-26 review', () => {
  it.each([
    [
      '"can be deployed to X if needed" is able to, not sent',
      'The USS Darnell is in the Indo-Pacific and can be deployed to the Middle East if needed, officials said.',
      [],
      ['DEPLOYED_TO USS Darnell -> Middle East'],
    ],
    [
      '"resources it could deploy to X if needed" is no deployment',
      'The Navy has other resources that it could deploy to the Middle East if needed.',
      [],
      ['DEPLOYED_TO Navy -> Middle East'],
    ],
    [
      'a ship deployed to a place is still deployed there',
      'The Pentagon deployed the USS Darnell to the Middle East on Monday.',
      ['DEPLOYED_TO USS Darnell -> Middle East'],
      [],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-06-20')), present, absent);
  });

  it('"can be deployed … if needed" is no deployment event', () => {
    const text = 'The USS Darnell is in the Indo-Pacific and can be deployed to the Middle East if needed.';
    expect(eventKeys(text, '2025-06-20').filter((k) => k.startsWith('DEPLOYMENT'))).toEqual([]);
  });
});

describe('round 20: armed groups (wave 26)', () => {
  it.each([
    [
      'a lowercase Arabic article opens the name ("claimed by al-X")',
      'The attack was claimed by al-Varqa, officials said.',
      ['Organization:al-Varqa'],
      [],
    ],
    [
      '"militants belonging to X": the group armed men belong to is a body',
      'Five militants belonging to Jamaat Velnaya were killed in the operation.',
      ['Organization:Jamaat Velnaya'],
      [],
    ],
    [
      'an Urdu izafe joins the name ("X-e-Y") and its bracketed letters name it',
      'Tehreek-e-Velnaya Zarqan (TVZ) claimed responsibility for the attack. The TVZ has stepped up attacks.',
      ['Organization:Tehreek-e-Velnaya Zarqan'],
      ['Organization:TVZ', 'Organization:Zarqan'],
    ],
    [
      '"Front" heads a body',
      'Fighters loyal to the Velnaya Liberation Front ambushed a convoy on Sunday.',
      ['Organization:Velnaya Liberation Front'],
      [],
    ],
    [
      '"Abd-al-X" stays inside one person\'s name',
      'Four leaders were killed, including Ahmad Husayn Abd-al-Varqa al-Zarqani, who ran operations.',
      ['Person:Ahmad Husayn Abd-al-Varqa al-Zarqani'],
      ['Person:Ahmad Husayn Abd'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-06-20')), present, absent);
  });
});

describe('round 20: roles in apposition (wave 26)', () => {
  it.each([
    [
      '"X, Mexico\'s secretary of the Navy"',
      "Rogan Zarqa, Mexico's secretary of the Navy, attended the talks.",
      ['HOLDS_ROLE Rogan Zarqa -> Mexico'],
      [],
    ],
    [
      '"X, the foreign minister of Mexico"',
      'Rogan Zarqa, the foreign minister of Mexico, attended the talks.',
      ['HOLDS_ROLE Rogan Zarqa -> Mexico'],
      [],
    ],
    [
      '"X, secretary of national defense in Mexico"',
      'Rogan Zarqa, secretary of national defense in Mexico, attended the talks.',
      ['HOLDS_ROLE Rogan Zarqa -> Mexico'],
      [],
    ],
    [
      'an envoy "in" a country holds no office of it',
      'Rogan Zarqa, the U.S. ambassador in Mexico, attended the talks.',
      [],
      ['HOLDS_ROLE Rogan Zarqa -> Mexico'],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-06-20')), present, absent);
  });
});

describe('round 20: naval units (wave 26)', () => {
  it.each([
    [
      "a spelled-out number ends a unit's name",
      'Rear Adm. Rogan Lanzetta, commander of Carrier Strike Group Twelve, said the ships performed well.',
      ['HOLDS_ROLE Rogan Lanzetta -> Carrier Strike Group Twelve'],
      [],
    ],
    [
      '"commanded by" past the unit\'s letters in brackets',
      'Destroyer Squadron 7 (DESRON 7), commanded by Capt. Rogan Lawrenz, left Norfolk on Monday.',
      ['HOLDS_ROLE Rogan Lawrenz -> Destroyer Squadron 7'],
      [],
    ],
    [
      '"Wing" heads a unit',
      'The nine squadrons of Carrier Air Wing 5, led by Capt. Rogan Dartez, flew sorties.',
      ['HOLDS_ROLE Rogan Dartez -> Carrier Air Wing 5'],
      [],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-06-20')), present, absent);
  });

  it('a ship is no first half of a body\'s name ("USS X and Carrier Air Wing 5")', () => {
    const keys = entityKeys(
      run(
        'The group includes the destroyers USS Darnell and USS Kellerman and Carrier Air Wing 5.',
        '2025-06-20',
      ),
    );
    expectKeys(
      keys,
      ['Ship:USS Kellerman', 'Organization:Carrier Air Wing 5'],
      ['Ship:USS Kellerman and Carrier Air Wing 5'],
    );
  });
});

describe('round 20: dates (wave 26)', () => {
  it.each([
    [
      '"Later, …" happens when the event just told did',
      'Rogan Zarqa arrived in Lima on Tuesday. Later, at the Presidential Palace, Zarqa met with President Ana Velnaya.',
      'MEETING',
      '2025-02-04',
    ],
    [
      'with no opening, an undated event keeps the publication month',
      'Rogan Zarqa arrived in Lima on Tuesday. At the Presidential Palace, Zarqa met with President Ana Velnaya.',
      'MEETING',
      '2025-02',
    ],
  ])('%s', (_why, text, type, date) => {
    const e = run(text, '2025-02-06').events.find((x) => x.type === type);
    expect(e?.date).toBe(date);
  });
});

describe('round 20: who belongs to a group, and whose surname (wave 26)', () => {
  it.each([
    [
      '"X, who is accused of leading the Y Cartel"',
      'Rogan Zarqa, who is accused of leading the First Velnayan Cartel, was arrested in Bolivia.',
      ['MEMBER_OF Rogan Zarqa -> First Velnayan Cartel'],
      [],
    ],
    [
      '"X, one of the founders of Y"',
      'Rogan Zarqa, one of the founders of Tren de Velnaya, was captured on Sunday.',
      ['MEMBER_OF Rogan Zarqa -> Tren de Velnaya'],
      [],
    ],
    [
      '"X, who led the Y Cartel"',
      'Rogan Zarqa, who led the Velnaya Cartel, was arrested on Sunday.',
      ['MEMBER_OF Rogan Zarqa -> Velnaya Cartel'],
      [],
    ],
    [
      "a surname two people share is the first-introduced one's",
      "Police arrested Sebastian Varnholt in Bolivia on Friday. Varnholt's brother, Diego Nicolas Varnholt, was arrested in 2023. Varnholt, who is accused of leading the Velnaya Cartel, is wanted by Interpol.",
      ['MEMBER_OF Sebastian Varnholt -> Velnaya Cartel'],
      ['MEMBER_OF Diego Nicolas Varnholt -> Velnaya Cartel'],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-06-20')), present, absent);
  });
});

describe('round 20: attacks by armed groups (wave 26)', () => {
  it.each([
    [
      '"X fighters raided a military base"',
      'Velnaya Front fighters raided a military base in Borno State on Sunday, killing six soldiers.',
      'STRIKE Velnaya Front 2025-06-15',
    ],
    [
      '"militants linked to X … killed 21 soldiers"',
      'Militants linked to the Velnaya Front on Tuesday killed 21 soldiers in Tillaberi.',
      'STRIKE Velnaya Front 2025-06-17',
    ],
    [
      '"killed 25 people in attacks on four army bases"',
      'Velnaya Front fighters on Saturday killed at least 25 people in terror attacks on four army bases.',
      'STRIKE Velnaya Front 2025-06-14',
    ],
  ])('events: %s', (_why, text, key) => {
    expect(eventKeys(text, '2025-06-20')).toContain(key);
  });

  it('police raiding a camp make no strike', () => {
    const text = 'The Velnaya Police raided a militant camp in Borno State on Sunday and arrested six men.';
    expect(eventKeys(text, '2025-06-20').filter((k) => k.startsWith('STRIKE'))).toEqual([]);
  });
});

describe('round 20: places within places (wave 26)', () => {
  it.each([
    [
      'a city named after its state is one name ("Colorado Springs, Colorado")',
      'The secretaries visited Colorado Springs, Colorado, in June 2025.',
      ['LOCATED_IN Colorado Springs -> Colorado'],
      [],
    ],
    [
      'a state with "and" in its name, and "A\'s B district"',
      "Five militants were killed in Jammu and Kashmir's Kulgam district on Thursday.",
      ['LOCATED_IN Kulgam -> Jammu and Kashmir'],
      [],
    ],
    [
      '"Pakistan\'s Kurram district"',
      "Clashes erupted in Pakistan's Kurram district on Monday.",
      ['LOCATED_IN Kurram -> Pakistan'],
      [],
    ],
    [
      '"the Afghan capital city of Kabul"',
      'A bomb exploded on the outskirts of the Afghan capital city of Kabul. The Taliban rule Afghanistan.',
      ['LOCATED_IN Kabul -> Afghanistan'],
      [],
    ],
    [
      '"the town of X in central Colombia"',
      'Larry Zarqa was arrested near the town of Circasia in central Colombia, police said.',
      ['LOCATED_IN Circasia -> Colombia'],
      [],
    ],
    [
      'a state named like a country is not that country ("in central Niger state")',
      'The court sat at a military base in the town of Kainji in central Niger state, a spokesman for Nigeria said.',
      [],
      ['LOCATED_IN Kainji -> Niger'],
    ],
  ])('relations: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(relationKeys(run(text, '2025-06-20')), present, absent);
  });
});

describe('round 20: regional components and offices of a force (wave 26)', () => {
  it('"the U.S. Army South\'s commander, X": a regional component is one body, part of its country', () => {
    const x = run(
      "The meeting was hosted by the U.S. Army South's commander, Maj. Gen. Rogan Zarqa.",
      '2025-06-20',
    );
    expect(entityKeys(x)).toContain('Organization:U.S. Army South');
    expectKeys(
      relationKeys(x),
      ['HOLDS_ROLE Rogan Zarqa -> U.S. Army South', 'PART_OF U.S. Army South -> United States'],
      [],
    );
  });

  it('"Mexico\'s secretary of the Navy": the bare force is that country\'s, whatever else the article qualifies', () => {
    const text =
      "Rogan Zarqa, Mexico's secretary of the Navy, visited the U.S. Army South and the U.S. Northern Command in Texas on Monday. The Navy sent two ships.";
    expectKeys(
      relationKeys(run(text, '2025-06-20')),
      ['PART_OF Mexican Navy -> Mexico'],
      ['PART_OF Navy -> United States', 'PART_OF Mexican Navy -> United States'],
    );
  });
});

describe('round 20: court news (wave 26)', () => {
  it('an alias the article gives a person is that person wherever it stands alone', () => {
    const text =
      'A federal court sentenced cartel leader Rogan Antonio Zarqa, also known as "Velnito," to 45 years in prison on Tuesday. Colombia extradited Velnito in May 2022.';
    expect(eventKeys(text, '2025-06-20')).toContain('EXTRADITION Colombia+Rogan Antonio Zarqa 2022-05');
  });

  it.each([
    [
      'a person attacked and killed by gunmen is killed, not struck',
      'Prosecutor Rogan Zarqa was attacked and killed by gunmen in Guayaquil in January.',
      'OTHER Rogan Zarqa 2025-01',
    ],
    [
      '"was jailed for 17 years" is a court outcome',
      'His client, Rogan Zarqa, was jailed for 17 years on Monday.',
      'OTHER Rogan Zarqa 2025-06-16',
    ],
  ])('events: %s', (_why, text, key) => {
    const keys = eventKeys(text, '2025-06-20');
    expect(keys).toContain(key);
    expect(keys.filter((k) => k.startsWith('STRIKE'))).toEqual([]);
  });
});

describe('round 20: outlets cited as sources (wave 26)', () => {
  it.each([
    [
      'each of a pair of outlets before "reported"',
      'The Coast Guard is in pursuit of a third tanker, both Reuters and Bloomberg reported on Sunday.',
      ['Organization:Reuters', 'Organization:Bloomberg'],
    ],
    [
      '", reported X" at the end',
      'The spokesperson said the passage was "openly hyped" up, reported Reuters.',
      ['Organization:Reuters'],
    ],
    [
      '"a statement to X"',
      "Rogan Zarqa, the Pentagon's chief spokesman, issued the following statement to ABC News.",
      ['Organization:ABC News'],
    ],
    [
      'a news agency that "quoted" someone, its demonym kept in its name',
      'State-run Velnayan Arab News Agency (VANA) earlier quoted Rogan Zarqa as saying the raid succeeded.',
      ['Organization:Velnayan Arab News Agency'],
    ],
  ])('entities: %s', (_why, text, present: string[]) => {
    expectKeys(entityKeys(run(text, '2025-06-20')), present, []);
  });

  it('a masthead that cites nothing stays out', () => {
    expect(entityKeys(run('ABC News. The Coast Guard seized a boat on Monday.', '2025-06-20'))).not.toContain(
      'Organization:ABC News',
    );
  });
});

describe('round 20: facilities (wave 26)', () => {
  it.each([
    [
      'a military installation named head first',
      'The ships departed Naval Station Velport and Naval Weapons Station Zarqtown on Tuesday.',
      ['Location:Naval Station Velport', 'Location:Naval Weapons Station Zarqtown'],
      [],
    ],
    [
      'a jetty or a harbour is a place, not a person with a title',
      'The destroyer berthed at the Princess Royal Jetty near Velport Harbour on Monday.',
      ['Location:Velport Harbour'],
      ['Person:Royal Jetty'],
    ],
  ])('entities: %s', (_why, text, present: string[], absent: string[]) => {
    expectKeys(entityKeys(run(text, '2025-06-20')), present, absent);
  });
});

describe('round 20: who took part (wave 26)', () => {
  it.each([
    [
      'a trailing "where" clause names no participant',
      "Rogan Zarqa visited the maximum-security prison in El Salvador on Wednesday where more than 200 Venezuelans deported by Donald Trump's government are imprisoned.",
      'VISIT',
      'Donald Trump',
    ],
    [
      'a trailing ", after …" clause names no participant',
      "Maria Castro met Rogan Zarqa in their first meeting Wednesday, after Castro had previously rejected President Donald Trump's calls for cooperation.",
      'MEETING',
      'Donald Trump',
    ],
  ])('%s', (_why, text, type, name) => {
    const events = run(text, '2025-06-20').events.filter((e) => e.type === type);
    expect(events).toHaveLength(1);
    expect(events[0]?.participants).not.toContain(name);
  });
});

describe('round 20: a speaker inside the event told (wave 26)', () => {
  it('"X said this in a January 31st call with Y": the speaker is in the call', () => {
    const text =
      'Defense Secretary Rogan Zarqa said this in a January 31st call with leaders in the Velnayan Navy.';
    expect(eventKeys(text, '2025-02-28')).toContain('CALL Rogan Zarqa+Velnayan Navy 2025-01-31');
  });

  it('"X said two men were arrested": the speaker still takes no part', () => {
    const text = 'Rogan Zarqa said two men were arrested in Lima on Monday.';
    expect(
      eventKeys(text, '2025-02-28').filter((k) => k.startsWith('ARREST') && k.includes('Rogan Zarqa')),
    ).toEqual([]);
  });
});

describe('round 20: relatives and agents told by whose they are (wave 26)', () => {
  it.each([
    [
      '"X\'s brother, Y, was arrested"',
      "Sebastian Varnholt was arrested in Bolivia on Friday. Varnholt's brother, Diego Nicolas Varnholt, was arrested in Brazil in 2023.",
      'ARREST',
      '2023',
      'Sebastian Varnholt',
    ],
    [
      '"X\'s mother was shot dead"',
      "The feud escalated when Rogan Zarqa's mother was shot dead in September 2023 in an act of revenge.",
      'OTHER',
      '2023-09',
      'Rogan Zarqa',
    ],
  ])('%s', (_why, text, type, date, name) => {
    const events = run(text, '2025-06-20').events.filter((e) => e.type === type && e.date === date);
    expect(events.flatMap((e) => e.participants)).not.toContain(name);
  });
});

describe('round 21: dates of the story told on (wave 27)', () => {
  it('an undated act of the type just told to the day takes that day, not the month', () => {
    const text =
      'Police in Lima arrested Rogan Zarqa on Tuesday. Officers also arrested Maria Castro, a lawyer.';
    expect(eventKeys(text, '2024-10-31')).toContain('ARREST Maria Castro 2024-10-29');
  });

  it('an act sharing a participant still takes that one, though another is nearer', () => {
    const text =
      'Police arrested Rogan Zarqa in Lima on March 3. Officers arrested Maria Castro in Quito on Tuesday. Zarqa was arrested with two guards.';
    expect(eventKeys(text, '2024-10-31').filter((k) => k.startsWith('ARREST Rogan'))).toEqual([
      'ARREST Rogan Zarqa 2024-03-03',
    ]);
  });
});

describe("round 21: a body every country has, owned by a country's possessive (wave 27)", () => {
  it('"Peru\'s Foreign Ministry" and "Chile\'s Foreign Ministry" are two ministries, named by country', () => {
    const text =
      "According to a statement from Peru's Foreign Ministry, Rogan Zarqa spoke with Maria Castro. Chile's Foreign Ministry described the talks as candid.";
    const names = run(text, '2025-06-20')
      .entities.filter((e) => e.type === 'Organization')
      .map((e) => e.name)
      .sort();
    expect(names).toEqual(['Chilean Foreign Ministry', 'Peruvian Foreign Ministry']);
  });

  it('a body with a name of its own keeps it ("Peru\'s National Intelligence Directorate")', () => {
    const text = "Peru's National Intelligence Directorate said on Monday that Rogan Zarqa had fled.";
    expect(run(text, '2025-06-20').entities.map((e) => e.name)).toContain(
      'National Intelligence Directorate',
    );
  });
});

describe('round 21: who took part, and no act where none was told (wave 27)', () => {
  it('"a town, which the group captured in October" is no arrest', () => {
    const text = 'The Zarqan Front attacked Velnagrad, which the armed group captured in October.';
    expect(eventKeys(text, '2025-10-31').filter((k) => k.startsWith('ARREST'))).toEqual([]);
  });

  it.each([
    [
      'whom the visitor is to meet "during his visit" is the host',
      'The alliance chief is slated to meet Japanese Prime Minister Rogan Zarqa during his visit to the Asian country.',
      'Rogan Zarqa',
    ],
    [
      'whom the visitor met "during his visit" is the host',
      'Rogan Zarqa met Mexican President Maria Castro during his visit to Mexico on Tuesday.',
      'Maria Castro',
    ],
  ])('%s', (_why, text, host) => {
    const visits = run(text, '2025-10-31').events.filter((e) => e.type === 'VISIT');
    expect(visits.flatMap((e) => e.participants)).not.toContain(host);
  });

  it.each([
    [
      'a country that names a war',
      'Australia on Wednesday said it is imposing sanctions on 14 Russians over the Ukraine war.',
      'SANCTION',
      'Ukraine',
    ],
    [
      'where a body has its seat',
      'The Zarqan Police Organization, headquartered in Lyon, southeastern France, said in a statement that 219 people were arrested.',
      'STATEMENT',
      'France',
    ],
  ])('%s takes no part', (_why, text, type, place) => {
    const events = run(text, '2025-10-31').events.filter((e) => e.type === type);
    expect(events).toHaveLength(1);
    expect(events[0]?.participants).not.toContain(place);
  });

  it('"109 Thais" is no plural of "the Thai army"', () => {
    const x = run(
      'The rescued foreigners included 109 Thais and 50 Pakistanis. The Thai army said it would help.',
    );
    expect(x.entities.flatMap((e) => e.aliases)).not.toContain('Thais');
    expect(
      eventKeys(
        'The rescued foreigners included 109 Thais. The Thai army said it would help.',
        '2025-10-31',
      ).filter((k) => k.startsWith('OTHER')),
    ).toEqual([]);
  });
});

describe('round 21: roles in apposition, and clauses with a subject of their own (wave 27)', () => {
  it.each([
    [
      'a title with its own field before "at" the body',
      'The statement quoted Rogan Zarqa, Deputy Executive Director for Operations at Frontex, as saying the network was large.',
      'HOLDS_ROLE Rogan Zarqa -> Frontex',
    ],
    [
      'a body and its title with no article',
      'Rogan Zarqa, NATO Secretary-General, said the alliance would respond.',
      'HOLDS_ROLE Rogan Zarqa -> North Atlantic Treaty Organization',
    ],
    [
      "a body's foreign policy chief",
      "Maria Castro, the EU's foreign policy chief, said the bloc would respond.",
      'HOLDS_ROLE Maria Castro -> European Union',
    ],
  ])('%s', (_why, text, key) => {
    expect(relationKeys(run(text, '2025-10-31'))).toContain(key);
  });

  it('", and Washington recently gave Kyiv …" ends the clause of what Russia condemned', () => {
    const text =
      'Russia has condemned the United States over the strike, and Washington recently gave Kyiv the green light to use its missiles.';
    expect(relationKeys(run(text, '2025-10-31')).filter((k) => k.startsWith('OPPOSES'))).toEqual([
      'OPPOSES Russia -> United States',
    ]);
  });

  it('", and has threatened A, B and C" keeps its subject', () => {
    const text =
      'Rogan Zarqa has tried to project power, and has threatened governments including Canada and Panama.';
    expect(relationKeys(run(text, '2025-10-31'))).toContain('OPPOSES Rogan Zarqa -> Panama');
  });
});

describe('round 21: a person handed over whom the article does not name (wave 27)', () => {
  it.each([
    [
      'by a body, to a country',
      'Officers from the Velnaya Police International Unit extradited the 22-year-old man to Spain on Thursday.',
      'Spain',
    ],
    ['from a country, home', 'A South Korean man has been extradited home from Kuwait this week.', 'Kuwait'],
  ])('%s', (_why, text, country) => {
    const events = run(text, '2024-05-09').events.filter((e) => e.type === 'EXTRADITION');
    expect(events).toHaveLength(1);
    expect(events[0]?.participants).toContain(country);
  });

  it('one still to be extradited is no extradition', () => {
    const text =
      'Police said the man, who will be extradited from Panama to face charges, was detained in June.';
    expect(eventKeys(text, '2024-05-09').filter((k) => k.startsWith('EXTRADITION'))).toEqual([]);
  });
});

describe('round 21: names that are no one’s (wave 27)', () => {
  it.each([
    [
      'a drill’s name in quotes',
      "The coast guard carried out the exercise 'Rosa Kavach' on Tuesday.",
      'Rosa Kavach',
    ],
    [
      'a part of a country',
      "Police said the suspect lived in Spain's southern Rosa del Mar.",
      'Rosa del Mar',
    ],
    [
      'a group’s other name in brackets',
      'Velnaya designated the Zarqites (Omar Velna) as a terrorist entity.',
      'Omar Velna',
    ],
  ])('%s is no person', (_why, text, name) => {
    expect(entityKeys(run(text, '2025-10-31'))).not.toContain(`Person:${name}`);
  });

  it("a boat named 'X' in single quotes is a ship", () => {
    const text = "The coast guard seized a Pakistani fishing boat named 'Rosa Marin' near Karachi.";
    expect(entityKeys(run(text, '2025-10-31'))).toContain('Ship:Rosa Marin');
  });

  it('"Across X," opens with no name, and "South-east Asia" is Southeast Asia', () => {
    const keys = entityKeys(
      run('Across South-east Asia, scam centres have mushroomed. Across Peru, gangs grew.'),
    );
    expect(keys).toEqual(expect.arrayContaining(['Location:Southeast Asia', 'Location:Peru']));
    expect(keys).not.toContain('Location:Asia');
  });
});

describe('round 21: places in places and bodies in bodies (wave 27)', () => {
  it.each([
    [
      '"City, southern Country"',
      'Police seized the drugs in Malaga, southern Spain, on Monday.',
      'LOCATED_IN Malaga -> Spain',
    ],
    [
      'a bracketed country',
      'NEW DELHI [India], July 2: Police arrested 8 people.',
      'LOCATED_IN New Delhi -> India',
    ],
    [
      '"X, the EU\'s border agency"',
      "Frontex, the EU's border agency, said crossings fell.",
      'PART_OF Frontex -> European Union',
    ],
    [
      'a demonym before "government spokesman"',
      'Police in Thailand raided a building. Thai government spokesman Rogan Zarqa said 215 were freed.',
      'HOLDS_ROLE Rogan Zarqa -> Thailand',
    ],
  ])('%s', (_why, text, key) => {
    expect(relationKeys(run(text, '2025-10-31'))).toContain(key);
  });

  it("a place's other name in brackets is not a place it lies in", () => {
    const text = 'The ship was near Bajo de Masinloc (Scarborough Shoal) on Monday.';
    expect(relationKeys(run(text, '2025-10-31')).filter((k) => k.startsWith('LOCATED_IN'))).toEqual([]);
  });
});

describe('round 21: arrests told as a count (wave 27)', () => {
  it.each([
    [
      '"resulted in 14 arrests"',
      'A Europol-led operation has resulted in 14 arrests on Monday.',
      'ARREST Europol 2025-10-27',
    ],
    [
      "a country's police, a comma before the count",
      'The drugs came from Spain. Spanish police on Friday dismantled a network, involving 50 arrests across eight countries.',
      'ARREST Spain 2025-10-31',
    ],
  ])('%s', (_why, text, key) => {
    expect(eventKeys(text, '2025-10-31')).toContain(key);
  });
});

describe('round 21: a sentence that opens with its time (wave 27)', () => {
  it('dates the undated act of the sentence right after it', () => {
    const text =
      'On February 15, the radar of the Velnayan Navy detected a dark ship. The Navy dispatched NNS Zarqa to intercept it.';
    expect(eventKeys(text, '2024-03-03')).toContain('DEPLOYMENT Navy+NNS Zarqa 2024-02-15');
  });

  it('not one told as earlier', () => {
    const text =
      'On Thursday, the judge set sentencing for June 19. A third suspect, Rogan Zarqa, had earlier pleaded guilty and was sentenced.';
    expect(eventKeys(text, '2024-03-03').filter((k) => k.includes('2024-02-29'))).toEqual([]);
  });
});

describe('round 21: a capital that acts is its country (wave 27)', () => {
  it('"Washington recently gave …" names the United States, not a second place', () => {
    const text = 'Russia has condemned the United States, and Washington recently gave Kyiv the green light.';
    expect(entityKeys(run(text, '2025-10-31'))).not.toContain('Location:Washington');
  });
});

describe('round 21: "and" inside a body’s name (wave 27)', () => {
  it('"X Federation of A and B Societies" is one body', () => {
    const text = 'The Velnayan Federation of Red Cross and Red Crescent Societies condemned the attack.';
    expect(entityKeys(run(text, '2025-10-31'))).toContain(
      'Organization:Velnayan Federation of Red Cross and Red Crescent Societies',
    );
  });
});

describe('round 21: a number inside a body’s name (wave 27)', () => {
  it('"Military Zone 7 Command" is one body, not a place "Military Zone"', () => {
    const keys = entityKeys(
      run('Officers of the Military Zone 7 Command welcomed the ship on Friday.', '2025-10-31'),
    );
    expect(keys).toContain('Organization:Military Zone 7 Command');
    expect(keys).not.toContain('Location:Military Zone');
  });
});

describe('round 21: a place first and a body’s word inside (wave 27)', () => {
  it.each([
    ['The Peru Solidarity Network Aotearoa criticised the decision.', 'Peru Solidarity Network Aotearoa'],
    ['Caribbean News Global reported that the council renewed the sanctions.', 'Caribbean News Global'],
  ])('%s', (text, name) => {
    const keys = entityKeys(run(text, '2025-10-31'));
    expect(keys).toContain(`Organization:${name}`);
    expect(keys.filter((k) => k.startsWith('Location:'))).toEqual([]);
  });
});

describe('round 22: arrests told by a noun or a demonym (wave 27)', () => {
  it.each([
    [
      'a possessive arrest',
      'Prosecutors detailed Rogan Zarqa’s dramatic arrest in July 2024 at an airfield.',
      'ARREST Rogan Zarqa 2024-07',
    ],
    [
      '"the capture of" a named leader',
      'The president announced on Sunday the capture of Rogan Zarqa, the leader of the Los Velnos gang.',
      'ARREST Rogan Zarqa+Los Velnos 2025-10-26',
    ],
    [
      'a country’s police with two words before "police"',
      'The plot shocked the United Kingdom. British counter terrorism police arrested five men on Tuesday.',
      'ARREST United Kingdom 2025-10-28',
    ],
    [
      'arrests counted in words',
      'Austria said the plot targeted a concert. Austrian authorities made three arrests on Tuesday.',
      'ARREST Austria 2025-10-28',
    ],
    [
      'a Spanish body’s name, head word first',
      'Rogan Zarqa was arrested in Elche on Tuesday by the Policía Nacional.',
      'ARREST Rogan Zarqa+Policía Nacional 2025-10-28',
    ],
  ])('%s', (_why, text, key) => {
    expect(eventKeys(text, '2025-10-31')).toContain(key);
  });

  it.each([
    ['a reward for an arrest', 'The U.S. offered a reward for information leading to Rogan Zarqa’s arrest.'],
    ['a warrant for an arrest', 'A judge issued a warrant for Rogan Zarqa’s arrest on Tuesday.'],
    ['a town captured', 'Velnayan forces completed the capture of Zarqaville on Saturday.'],
  ])('no arrest from %s', (_why, text) => {
    expect(eventKeys(text, '2025-10-31').filter((k) => k.startsWith('ARREST'))).toEqual([]);
  });

  it.each([
    ['a mosque', 'Rogan Zarqa was detained at Al Velno mosque on Friday.', 'Al Velno'],
    ['a hospital', 'Troops raided the Kamal Velno hospital on Friday.', 'Kamal Velno'],
  ])('a name before %s is no person', (_why, text, name) => {
    expect(entityKeys(run(text, '2025-10-31'))).not.toContain(`Person:${name}`);
  });

  it('"Fiscalía General de la República" is one body, no person "República"', () => {
    const keys = entityKeys(
      run('The Fiscalía General de la República said the suspects were held.', '2025-10-31'),
    );
    expect(keys).toContain('Organization:Fiscalía General de la República');
    expect(keys).not.toContain('Person:República');
  });
});

describe('round 22: contracts, signings and acts of government (wave 28)', () => {
  it.each([
    [
      'a contract signed with a company',
      "Peru's Ministry of Defence has signed the country's biggest defence contract with Zarqa Aeronautics Limited (ZAL) on Tuesday.",
      'AGREEMENT Peruvian Ministry of Defence+Zarqa Aeronautics Limited 2025-10-28',
    ],
    [
      'a contract received by a company a noun introduces',
      'The arms concern Zarqametall received a framework contract on Thursday.',
      'AGREEMENT Zarqametall 2025-10-30',
    ],
    [
      'an accord signed, told in the passive',
      'Peru is to build two centres under an accord signed in Rome on Monday by Rogan Zarqa and Ana Velno.',
      'AGREEMENT Peru+Rogan Zarqa+Ana Velno 2025-10-27',
    ],
    [
      'people deported by a country',
      'Panama on Tuesday deported 29 Colombians with criminal records.',
      'OTHER Panama 2025-10-28',
    ],
    [
      'a sale approved',
      'The U.S. State Department on Friday approved potential foreign military sales to Israel.',
      'OTHER U.S. Department of State 2025-10-31',
    ],
  ])('%s', (_why, text, key) => {
    expect(eventKeys(text, '2025-10-31')).toContain(key);
  });

  it('prisoners expelled to a country to face charges are their extradition only (guard)', () => {
    const keys = eventKeys(
      'Mexico on Tuesday expelled 26 prisoners to the United States to face charges.',
      '2025-10-31',
    );
    expect(keys.filter((k) => k.startsWith('OTHER'))).toEqual([]);
  });
});

describe('round 22: formal titles "The Title of Body, Name," (wave 28)', () => {
  it.each([
    [
      '"The President of Mexico, X," (the opening "The" is no given name)',
      'The President of Mexico, Rogan Zarqa, met Ana Velno in Lima.',
      'HOLDS_ROLE Rogan Zarqa -> Mexico',
    ],
    [
      'a body after "of the"',
      'The President of the European Council, Rogan Zarqa, met Ana Velno in Lima.',
      'HOLDS_ROLE Rogan Zarqa -> European Council',
    ],
    [
      'an office of the country after "of"',
      'The Minister of the Interior of Mauritania, Rogan Zarqa, signed the agreement.',
      'HOLDS_ROLE Rogan Zarqa -> Mauritania',
    ],
  ])('%s', (_why, text, key) => {
    expect(relationKeys(run(text, '2025-10-31'))).toContain(key);
  });

  it.each([
    ['the Windsor Framework', 'The leaders discussed the Windsor Framework on Monday.', 'Windsor Framework'],
    ['a studio', 'Hackers broke into Sony Pictures in 2014.', 'Sony Pictures'],
    ['a model with its number', 'The deal covers 97 Tejas Mark 1A fighter jets.', 'Tejas Mark'],
  ])('no person from %s', (_why, text, name) => {
    expect(entityKeys(run(text, '2025-10-31'))).not.toContain(`Person:${name}`);
  });
});

describe('round 22: an act named again by its noun, with its day (wave 28)', () => {
  it.each([
    [
      '"The sanctions were announced on …"',
      'The United States sanctioned members of the Velno Corp group. The sanctions were announced on October 1, 2024.',
      'SANCTION United States+Velno Corp 2024-10-01',
    ],
    [
      '"X announced the arrests on …"',
      'Police in Peru arrested Rogan Zarqa and Ana Velno. The ministry announced the arrests on October 28.',
      'ARREST Rogan Zarqa+Ana Velno 2025-10-28',
    ],
  ])('%s', (_why, text, key) => {
    expect(eventKeys(text, '2025-10-31')).toContain(key);
  });
});

describe('round 22: false facts read on wave 28', () => {
  it.each([
    [
      'an invitation to attend is no meeting',
      'Rogan Zarqa had also invited Ana Velno to attend the 2024 summit in Lima.',
    ],
    [
      'an invitation extended to participate is no meeting',
      'Rogan Zarqa extended the invitation to Ana Velno to participate in this year’s summit.',
    ],
  ])('%s', (_why, text) => {
    expect(eventKeys(text, '2025-10-31').filter((k) => k.startsWith('MEETING'))).toEqual([]);
  });

  it.each([
    [
      'a new subject without a comma opens its own clause',
      'The deal comes as Russia’s invasion of Ukraine continued and North Korea faces tensions with Japan.',
      'OPPOSES Russia -> Japan',
    ],
    [
      'a country that opens the clause is no container',
      'At Zarqaville, Italy will take care of landings.',
      'LOCATED_IN Zarqaville -> Italy',
    ],
    [
      'a list with a serial comma',
      'Police carried out raids across London, Staffordshire, and the West Midlands on Thursday.',
      'LOCATED_IN London -> Staffordshire',
    ],
    [
      'a relative clause is of the name before its comma',
      'Rogan Zarqa is a member of the Velno hacker group, which has been targeted by the FBI.',
      'OPPOSES Federal Bureau of Investigation -> Rogan Zarqa',
    ],
    [
      'actors linked to a country are not the country',
      "People's Republic of China-linked (PRC) malicious cyber actors continue to target U.S. government systems, including the recent targeting of Treasury's information technology (IT) systems, as well as sensitive U.S. critical infrastructure.",
      'OPPOSES China -> United States',
    ],
    [
      'what a tariff cites is not whom it opposes',
      'Rogan Zarqa imposed a tariff on Peruvian exports citing alleged persecution against Ana Velno.',
      'OPPOSES Rogan Zarqa -> Ana Velno',
    ],
  ])('%s', (_why, text, key) => {
    expect(relationKeys(run(text, '2025-10-31'))).not.toContain(key);
  });
});

describe('round 22: a legal suffix after a comma (wave 28)', () => {
  it('"X Technology Co., LTD." gives no body "LTD."', () => {
    const keys = entityKeys(
      run(
        'Treasury is sanctioning Zarqa Velno Network Technology Co., LTD., a cybersecurity company.',
        '2025-10-31',
      ),
    );
    expect(keys.filter((k) => /LTD/i.test(k))).toEqual([]);
    expect(keys).toContain('Organization:Zarqa Velno Network Technology Co.');
  });
});

describe('round 22: "Title of the Body Name" without commas (wave 28)', () => {
  it.each([
    [
      'the body after "of the" qualifies the title',
      'The President of the European Council Rogan Zarqa met Ana Velno in Lima.',
      'HOLDS_ROLE Rogan Zarqa -> European Council (President)',
    ],
    [
      'a hyphenated "Vice-President" is the title, not "President"',
      'Executive Vice-President of the European Commission Rogan Zarqa met Ana Velno.',
      'HOLDS_ROLE Rogan Zarqa -> European Commission (Executive Vice-President)',
    ],
  ])('%s', (_why, text, key) => {
    const keys = run(text, '2025-10-31').relations.map(
      (r) => `${r.type} ${r.from} -> ${r.to} (${r.role ?? ''})`,
    );
    expect(keys).toContain(key);
  });
});

/** "from -> to" of one relation type found in a sentence (round 23's tables). */
const pairsOf = (type: string, text: string): string[] =>
  run(text, '2025-06-02')
    .relations.filter((r) => r.type === type)
    .map((r) => `${r.from} -> ${r.to}`);

describe('round 23: a head-of-state title with no country beside it (Factbook)', () => {
  const roles = (text: string): string[] =>
    run(text, '2025-06-02').relations.map((r) => `${r.type} ${r.from} -> ${r.to}`);

  it('"President Donald Trump" holds the office of the country the article names', () => {
    expect(
      roles('President Donald Trump spoke with officials in Mexico City about trade with the United States.'),
    ).toContain('HOLDS_ROLE Donald Trump -> United States');
  });

  it.each([
    [
      'the country is not named in the article',
      'President Donald Trump spoke with reporters in Palm Beach on Monday.',
    ],
    [
      'a name the Factbook does not have',
      'President Rogan Zarqa spoke with officials in Mexico City about trade with the United States.',
    ],
  ])('no role when %s', (_why, text) => {
    expect(roles(text).filter((k) => k.startsWith('HOLDS_ROLE'))).toEqual([]);
  });
});

describe("round 23: a country's capital and islands told by its possessive (waves 17–29)", () => {
  const located = (text: string): string[] => pairsOf('LOCATED_IN', text);

  it.each([
    ['"Country\'s capital, City"', "A court in Peru's capital, Lima, ruled on Monday.", 'Lima -> Peru'],
    ['"Country\'s capital city City"', "Talks in Peru's capital city Lima ended on Monday.", 'Lima -> Peru'],
    [
      'an island the country owns',
      "The drill took place south of Chile's Wellen Island on Tuesday.",
      'Wellen Island -> Chile',
    ],
  ])('%s', (_why, text, key) => {
    expect(located(text)).toContain(key);
  });

  it('a capital the gazetteer puts in another country is a misread', () => {
    expect(located("Officials in Peru's capital, Madrid, met on Monday.")).not.toContain('Madrid -> Peru');
  });
});

describe('round 23: oppositions told by an invasion, a rebuke, a lawsuit, a break or a critic (waves 17–29)', () => {
  const opposes = (text: string): string[] => pairsOf('OPPOSES', text);

  it.each([
    [
      'an owned invasion and the war after it',
      "Ministers discussed Peru's unprovoked invasion and subsequent war in Chile on Monday.",
      'Peru -> Chile',
    ],
    ['a broken-off relation', 'Peru broke off diplomatic relations with Chile on Monday.', 'Peru -> Chile'],
    [
      'a rebuke',
      'Interior Minister Rogan Zarqa rebuked Ambassador Ana Velno over her remarks.',
      'Rogan Zarqa -> Ana Velno',
    ],
    [
      "a country's lawsuit",
      "The court heard Peru's lawsuit against Zarqa Arms Inc. on Monday.",
      'Peru -> Zarqa Arms Inc.',
    ],
    [
      "a critic's appositive",
      'Rogan Zarqa, 68, a lawyer and longtime critic of President Ana Velno, was detained on Monday.',
      'Rogan Zarqa -> Ana Velno',
    ],
  ])('%s', (_why, text, key) => {
    expect(opposes(text)).toContain(key);
  });

  it.each([
    [
      'a bare "war in" names where, not whom',
      "Ministers discussed Peru's war in Chile on Monday.",
      'Peru -> Chile',
    ],
    [
      'a rebuke is of its first object only',
      'Interior Minister Rogan Zarqa rebuked Ambassador Ana Velno over her remarks about a meeting with Minister Tomas Keller.',
      'Rogan Zarqa -> Tomas Keller',
    ],
  ])('no opposition when %s', (_why, text, key) => {
    expect(opposes(text)).not.toContain(key);
  });
});

describe('round 23: memberships told by a party after the name or a role after a nickname (wave 29)', () => {
  const members = (text: string): string[] => pairsOf('MEMBER_OF', text);

  it.each([
    [
      '"X from the Y Party"',
      'Rogan Zarqa from the Velno Progress Party was appointed foreign minister on Monday.',
      'Rogan Zarqa -> Velno Progress Party',
    ],
    [
      '"X of the Y party"',
      'The post went to Ana Keller of the Velno Progress party on Monday.',
      'Ana Keller -> Velno Progress',
    ],
    [
      'a role after a quoted nickname',
      'Rogan Zarqa Velno, known as “El Toro” and leader of the Zarqa Cartel, was arrested on Monday.',
      'Rogan Zarqa Velno -> Zarqa Cartel',
    ],
  ])('%s', (_why, text, key) => {
    expect(members(text)).toContain(key);
  });

  it('a body after "of the" that is no party gives no membership', () => {
    expect(members('Rogan Zarqa of the Velno Institute spoke on Monday.')).toEqual([]);
  });
});

describe('round 23: appointments and resignations are acts (wave 29)', () => {
  it.each([
    [
      'an appointment',
      'President Rogan Zarqa appointed General Ana Velno as the new army chief on Friday.',
      'OTHER Rogan Zarqa+Ana Velno 2025-05-30',
    ],
    ['a resignation', 'Interior Minister Rogan Zarqa resigned on Thursday.', 'OTHER Rogan Zarqa 2025-05-29'],
    [
      'a passive naming as the new holder',
      'Ana Velno was named as the new interior minister on Thursday.',
      'OTHER Ana Velno 2025-05-29',
    ],
  ])('%s', (_why, text, key) => {
    expect(eventKeys(text, '2025-06-02')).toContain(key);
  });

  it.each([
    [
      '"newly appointed" describes a person',
      'Rogan Zarqa met the newly appointed envoy Ana Velno on Friday.',
    ],
    ['"resigned himself to"', 'Rogan Zarqa resigned himself to a long fight on Friday.'],
  ])('no act when %s', (_why, text) => {
    expect(eventKeys(text, '2025-06-02').filter((k) => k.startsWith('OTHER'))).toEqual([]);
  });
});

describe('round 23: releases and exchanges of people held are acts (wave 29)', () => {
  it.each([
    [
      'a release from prison',
      'Rogan Zarqa was released from prison on Thursday.',
      'OTHER Rogan Zarqa 2025-05-29',
    ],
    [
      'hostages handed over',
      'The Zarqa Front handed over all 20 hostages to Peru on Monday.',
      'OTHER Zarqa Front 2025-06-02',
    ],
  ])('%s', (_why, text, key) => {
    expect(eventKeys(text, '2025-06-02')).toContain(key);
  });

  it('no act when the release is only demanded', () => {
    const keys = eventKeys(
      'Protesters said they would not go away until Rogan Zarqa was released from jail.',
      '2025-06-02',
    );
    expect(keys.filter((k) => k.startsWith('OTHER'))).toEqual([]);
  });
});

describe('round 24: an office taken, or named before the name (wave 30)', () => {
  const roles = (text: string): string[] =>
    run(text, '2025-06-02')
      .relations.filter((r) => r.type === 'HOLDS_ROLE')
      .map((r) => `${r.from} -> ${r.to} ${r.role}`);

  it.each([
    [
      'sworn in as a country’s office, with an ordinal',
      'Rogan Zarqa has been officially sworn in as Peru’s 24th prime minister at the palace.',
      'Rogan Zarqa -> Peru Prime Minister',
    ],
    [
      'named a country’s office',
      'Ana Velno was named Chile’s foreign minister on Friday.',
      'Ana Velno -> Chile Foreign Minister',
    ],
    [
      'elected the office of a country',
      'Rogan Zarqa was elected president of Bolivia on Sunday.',
      'Rogan Zarqa -> Bolivia President',
    ],
    [
      'the office of a country, then the name',
      'The ceremony was attended by the president of the Dominican Republic, Ana Velno, and others.',
      'Ana Velno -> Dominican Republic President',
    ],
  ])('%s', (_why, text, key) => {
    expect(roles(text)).toContain(key);
  });

  it.each([
    ['an office of a body the country owns', 'Rogan Zarqa was named Peru’s central bank chief on Friday.'],
    [
      'the office is of a body the country owns',
      'Rogan Zarqa was elected president of Bolivia’s senate on Sunday.',
    ],
  ])('no country office when %s', (_why, text) => {
    expect(roles(text).filter((k) => k.startsWith('Rogan Zarqa'))).toEqual([]);
  });

  it('a party named with its leaning still has the member', () => {
    expect(pairsOf('MEMBER_OF', 'Rogan Zarqa of the conservative Velno Party conceded defeat.')).toContain(
      'Rogan Zarqa -> Velno Party',
    );
  });
});

describe('round 24: a capital standing for its government (wave 30)', () => {
  it.each([
    ['ties with the capital', 'Rogan Zarqa wants closer defense ties with Washington, his aide said.'],
    ['the capital’s stance', 'Peru rejected Washington’s claims about the port on Monday.'],
    ['the capital blamed', 'Rogan Zarqa accuses Washington of planning to topple him.'],
  ])('%s is the country', (_why, text) => {
    const keys = entityKeys(run(text, '2025-06-02'));
    expect(keys).toContain('Location:United States');
    expect(keys).not.toContain('Location:Washington');
  });

  it('a trip to the capital stays the city', () => {
    expect(entityKeys(run('Rogan Zarqa flew to Washington on Monday.', '2025-06-02'))).toContain(
      'Location:Washington',
    );
  });
});

describe('round 24: news outlets cited as sources (wave 30)', () => {
  it.each([
    [
      '"according to" a wire service',
      'Police seized the boat on Monday, according to ANI.',
      'Organization:ANI',
    ],
    [
      '"citing" an outlet',
      'The ships entered the zone, Zarqa Today reports, citing Reuters.',
      'Organization:Reuters',
    ],
    [
      '"was first to report"',
      'Reuters was first to report that the tanker had been seized.',
      'Organization:Reuters',
    ],
    [
      '"revealed to"',
      'The delegation met Peru’s officials, a source revealed to Reuters.',
      'Organization:Reuters',
    ],
  ])('%s', (_why, text, key) => {
    expect(entityKeys(run(text, '2025-06-02'))).toContain(key);
  });

  it('a wire service credited in a dateline is no source cited', () => {
    const keys = entityKeys(run('Lima, June 2 (ANI): Police seized two boats on Monday.', '2025-06-02'));
    expect(keys).not.toContain('Organization:ANI');
  });

  it('an outlet cited as the source stands on no side of an opposition', () => {
    const text = 'Rogan Zarqa bought guns in violation of U.S. sanctions, reports the BBC.';
    expect(pairsOf('OPPOSES', text).filter((p) => p.includes('BBC'))).toEqual([]);
  });
});

describe('round 24: a plan announced on a weekday is dated in the past (wave 30)', () => {
  it('"announced plans on Friday to …" is the Friday before', () => {
    expect(eventKeys('Peru announced plans on Friday to build a new port.', '2025-06-08')).toContain(
      'STATEMENT Peru 2025-06-06',
    );
  });
});

describe('round 24: companies named by their trade or their officers, hyphenated names (wave 30)', () => {
  it.each([
    ['a state miner', 'Peru’s state miner Zarqacor signed the deal on Monday.', 'Organization:Zarqacor'],
    [
      'a commodities group',
      'The venture with commodities group Velnor was announced.',
      'Organization:Velnor',
    ],
    [
      'a company’s officer after it',
      'Zarqacor CEO Ana Velno said the deal was signed.',
      'Organization:Zarqacor',
    ],
    [
      'a purchase it made',
      'Velnor’s $6.7 billion purchase of the mine closed in March.',
      'Organization:Velnor',
    ],
    [
      'a double-barrelled surname after a title and an unlisted given name',
      'President Tavuko Tevik-Malvo of Peru attended the ceremony.',
      'Person:Tavuko Tevik-Malvo',
    ],
    [
      'two hyphenated words before a body’s head',
      'The U.S. Export-Import Bank said it would pay.',
      'Organization:U.S. Export-Import Bank',
    ],
    [
      'a country’s long form without "the"',
      'The plan was announced in the Democratic Republic of Congo on Monday.',
      'Location:Democratic Republic of the Congo',
    ],
  ])('%s', (_why, text, key) => {
    expect(entityKeys(run(text, '2025-06-02'))).toContain(key);
  });

  it('the company gets its officer', () => {
    expect(pairsOf('HOLDS_ROLE', 'Zarqacor CEO Ana Velno said the deal was signed.')).toContain(
      'Ana Velno -> Zarqacor',
    );
  });

  it('a portfolio cut at a hyphen is no body the minister serves', () => {
    const text = 'Peru named Energy Minister Ana Velno and State-Owned Enterprises Minister Rogan Zarqa.';
    expect(pairsOf('HOLDS_ROLE', text).filter((p) => p.includes('Enterprises'))).toEqual([]);
    expect(entityKeys(run(text, '2025-06-02'))).toContain('Person:Ana Velno');
  });
});

describe('round 24: a leader named by surname alone, and a chairperson (wave 30)', () => {
  it.each([
    ['a possessive', 'Peru was pushing Trump’s administration to agree on a protocol.', 'Person:Trump'],
    ['a verb after it', 'On Monday, Macron announced a new aid package for Peru.', 'Person:Macron'],
    [
      'a chairperson’s title',
      'The summit congratulated the newly elected Chairperson Rogan Tevik on Monday.',
      'Person:Rogan Tevik',
    ],
  ])('%s', (_why, text, key) => {
    expect(entityKeys(run(text, '2025-06-02'))).toContain(key);
  });

  it.each([
    ['a short word of the vocabulary', 'Ana Velno said May will be a busy month for Peru.', 'Person:May'],
    ['a word of the vocabulary opening the sentence', 'Trump cards were dealt on Monday.', 'Person:Trump'],
    ['a surname that is no leader’s', 'Peru was pushing Velnor’s administration to agree.', 'Person:Velnor'],
  ])('no person for %s', (_why, text, key) => {
    expect(entityKeys(run(text, '2025-06-02'))).not.toContain(key);
  });
});

describe('round 24: an office holder’s "Office" is a body (wave 30)', () => {
  it.each([
    [
      'a country’s attorney general’s office',
      'Peru’s Attorney General’s Office opened an investigation on Friday.',
      'Organization:Attorney General’s Office',
    ],
    [
      'a prosecutor’s office for a district',
      'The U.S. Attorney’s Office for the Western District of Velno filed the case.',
      'Organization:U.S. Attorney’s Office for the Western District of Velno',
    ],
  ])('%s', (_why, text, key) => {
    expect(entityKeys(run(text, '2025-06-02'))).toContain(key);
  });

  it('an office holder’s decision is no body', () => {
    const keys = entityKeys(run('The Attorney General’s decision angered Peru on Friday.', '2025-06-02'));
    expect(keys.filter((k) => k.startsWith('Organization:'))).toEqual([]);
  });
});

describe('round 24: signings told with other verbs or in the passive (wave 30)', () => {
  it.each([
    [
      'a partnership signed',
      'Peru and Chile have signed a critical minerals partnership worth $8.5 billion.',
      'AGREEMENT Peru+Chile',
    ],
    [
      'an agreement sealed',
      'Peru and Chile sealed a mutual defence agreement on Wednesday.',
      'AGREEMENT Peru+Chile 2025-05-28',
    ],
    [
      'a contract executed',
      'The Zarqa Petroleum Company has executed a production sharing contract with Velnor Energy.',
      'AGREEMENT Zarqa Petroleum Company+Velnor Energy',
    ],
  ])('%s', (_why, text, key) => {
    expect(eventKeys(text, '2025-05-30').some((k) => k.startsWith(key))).toBe(true);
  });

  it('a border sealed is no agreement', () => {
    const keys = eventKeys('Peru sealed its border with Chile on Wednesday.', '2025-05-30');
    expect(keys.filter((k) => k.startsWith('AGREEMENT'))).toEqual([]);
  });
});

describe('round 24: a later sentence that says when the act happened dates it (wave 30)', () => {
  it('"revealing that the strike occurred on Friday" dates the strike told before', () => {
    const text =
      'The Peruvian Navy conducted another strike on a boat near Callao, killing three people. ' +
      'Minister Rogan Tevik announced the operation on Sunday, revealing that the strike occurred on Friday.';
    expect(eventKeys(text, '2025-10-19')).toContain('STRIKE Peruvian Navy 2025-10-17');
  });

  it('a meeting that "will take place" on a weekday dates nothing told before', () => {
    const text =
      'Peru and Chile held talks in Lima. Officials said the next meeting will take place on Friday.';
    expect(
      eventKeys(text, '2025-10-19').filter((k) => k.startsWith('MEETING') && k.endsWith('2025-10-24')),
    ).toEqual([]);
  });
});

describe('round 25: "told X in/at" a meeting only where a capitalized place follows', () => {
  it('"told Prime Minister X in Vienna" is a meeting of the two', () => {
    const keys = eventKeys(
      'President Tomas Varga told Prime Minister Anna Lindqvist in Vienna on Monday that talks would go on.',
      '2025-10-21',
    );
    expect(keys.some((k) => k.startsWith('MEETING'))).toBe(true);
  });

  it('"told reporters at the airport" meets no one', () => {
    const keys = eventKeys(
      'President Tomas Varga and Prime Minister Anna Lindqvist told reporters at the airport on Monday that talks would go on.',
      '2025-10-21',
    );
    expect(keys.filter((k) => k.startsWith('MEETING'))).toEqual([]);
  });
});

describe('round 25: wave 31 read', () => {
  it('"Former <state> governor X" keeps the state and the role', () => {
    const rels = relationKeys(
      run('Former Sonterra governor Tomas Varga was sentenced on Monday.', '2025-06-02'),
    );
    expect(rels).toEqual([]); // an unknown state stays unknown …
    const known = relationKeys(
      run('Former Tamaulipas governor Tomas Varga was sentenced on Monday.', '2025-06-02'),
    );
    expect(known).toContain('HOLDS_ROLE Tomas Varga -> Tamaulipas'); // … a gazetteer one is kept
  });

  it.each([
    [
      "Qatar's Emir Sheikh Tamim Varga received a call from Anna Lindqvist.",
      'HOLDS_ROLE Sheikh Tamim Varga -> Qatar',
    ],
    ["Iran's Supreme Leader Ali Varga met Anna Lindqvist.", 'HOLDS_ROLE Ali Varga -> Iran'],
  ])('a monarch or supreme leader is a title: %s', (text, key) => {
    expect(relationKeys(run(text, '2025-06-02'))).toContain(key);
  });

  it('"tension between A and B" opposes neither', () => {
    const text =
      'President Tomas Varga reiterated the Peruvian military will start strikes on land targeting drug traffickers in the Pacific “very soon,” escalating tension between Peru and Chile.';
    expect(pairsOf('OPPOSES', text)).toEqual([]);
  });

  it('a reason after "due to" names no one sanctioned', () => {
    const text =
      'Peru announced sanctions against the Tren del Sur gang due to its contributions to the violence gripping Chile.';
    const pairs = pairsOf('OPPOSES', text);
    expect(pairs).toContain('Peru -> Tren del Sur Gang');
    expect(pairs).not.toContain('Peru -> Chile');
  });

  it('"Oman\'s capital, Muscat" is a place in that country', () => {
    const text = 'Delegations from Peru and Chile held talks in Oman’s capital, Muscat, on Monday.';
    expect(entityKeys(run(text, '2025-06-02'))).toContain('Location:Muscat');
    expect(pairsOf('LOCATED_IN', text)).toContain('Muscat -> Oman');
  });

  it('"According to Varga, Baku …": a city after the comma makes no place of the name', () => {
    const text = 'Tomas Varga met Anna Lindqvist. According to Varga, Baku attaches importance to the talks.';
    expect(entityKeys(run(text, '2025-06-02'))).not.toContain('Location:Varga');
  });
});

describe('round 25: the act told again with its day dates the first telling', () => {
  const text =
    'Former Tamaulipas governor Tomas Varga Ruvalcaba has been sentenced to nine years in a U.S. prison. ' +
    'Varga had been indicted on charges of conspiring to smuggle illegal drugs. ' +
    'Varga pleaded guilty in 2021 to money laundering and the ex-governor was sentenced Wednesday in federal court.';

  it('"was sentenced Wednesday" about the same person (by a surname) dates "has been sentenced"', () => {
    expect(
      eventKeys(text, '2023-03-15').some((k) => /^OTHER Tomas Varga Ruvalcaba\b.* 2023-03-15$/.test(k)),
    ).toBe(true);
  });

  it('the same verb about someone else dates nothing', () => {
    const other = text
      .replace('Varga pleaded', 'Anna Lindqvist pleaded')
      .replace('the ex-governor', 'Lindqvist');
    expect(
      eventKeys(other, '2023-03-15').some((k) => /^OTHER Tomas Varga Ruvalcaba\b.* 2023-03-15$/.test(k)),
    ).toBe(false);
  });
});

describe('round 25: roles of a body told around its owner', () => {
  it('"the Secretary of Iran\'s Supreme Defence Board, X" after a subject that received him', () => {
    const text =
      'Tomas Varga received the Secretary of Iran’s Supreme Defence Board, Anna Lindqvist, on Monday.';
    expect(relationKeys(run(text, '2025-06-02'))).toContain(
      'HOLDS_ROLE Anna Lindqvist -> Supreme Defence Board',
    );
  });

  it('"X, a spokesman for the A\'s B" holds the role in B', () => {
    const text =
      'Liu Wenjun, a spokesman for the People’s Liberation Army Navy’s Southern Theatre Command, said on Friday.';
    expect(relationKeys(run(text, '2025-06-02'))).toContain(
      'HOLDS_ROLE Liu Wenjun -> Southern Theatre Command',
    );
  });

  it('a name set off after "the vessel," and told as a spokesman is a person, not a ship', () => {
    const text =
      'The navy tracked the vessel, Liu Wenjun, a spokesman for the Southern Theatre Command, said on Friday.';
    const keys = entityKeys(run(text, '2025-06-02'));
    expect(keys).toContain('Person:Liu Wenjun');
    expect(keys).not.toContain('Ship:Liu Wenjun');
  });

  it('"X, Commander of the Y" is a person even when the given name is also a word', () => {
    const text = 'Tom Smith, Commander of the Maritime Border Command, said on Friday.';
    expect(relationKeys(run(text, '2025-06-02'))).toContain(
      'HOLDS_ROLE Tom Smith -> Maritime Border Command',
    );
  });
});

describe('round 25: wave 32 read', () => {
  it("a bare force in a story about one country whose only qualified body is another's is neither's", () => {
    const text =
      'President Ana Varga is sending 10,000 National Guard troops to Peru’s northern border, she said. ' +
      'Peru wants calm. Peru and Peru’s neighbours agree. A U.S. Air Force plane flew nearby.';
    expect(pairsOf('PART_OF', text)).not.toContain('National Guard -> United States');
  });

  it.each([
    ["China's Zorvex Group owns the mine.", 'Zorvex Group -> China'],
    [
      'The American Migration Council sued the United States government on Monday.',
      'American Migration Council -> United States',
    ],
  ])('a company or an "American …" body is no part of a state: %s', (text, pair) => {
    expect(pairsOf('PART_OF', text)).not.toContain(pair);
  });

  it('an attribution with a bracketed acronym ends the clause of the act', () => {
    const text =
      'The Peruvian military executed a targeted strike Friday against a suspected drug-trafficking vessel operating in the Eastern Pacific Ocean, killing two individuals, Peruvian Southern Command (PESOCOM) announced.';
    expect(pairsOf('OPPOSES', text).filter((p) => p.includes('Southern Command'))).toEqual([]);
  });

  it.each([
    [
      'Mark Halvorsen, secretary of the Department of Agriculture, spoke.',
      'Mark Halvorsen -> U.S. Department of Agriculture',
    ],
    ['Mark Halvorsen is a former governor of the Bank of Norway.', 'Mark Halvorsen -> Bank of Norway'],
    [
      'Mark Halvorsen is a former governor of the Bank of Norway and the Bank of Iceland.',
      'Mark Halvorsen -> Bank of Iceland',
    ],
  ])('a role in apposition or after a copula: %s', (text, pair) => {
    expect(pairsOf('HOLDS_ROLE', text)).toContain(pair);
  });
});

describe('round 25: a minister of a portfolio, and a year inside what was said', () => {
  it('"Natural Resources Minister X": the portfolio is no body', () => {
    const keys = entityKeys(
      run('Natural Resources Minister Vickram Halvorsen disclosed the figures on Monday.', '2026-02-19'),
    );
    expect(keys).toContain('Person:Vickram Halvorsen');
    expect(keys).not.toContain('Organization:Natural Resources');
  });

  it('a year after a verb of the reported clause does not date the saying', () => {
    const text =
      'Minister Vickram Halvorsen disclosed the figures, with oil output surging from 120,000 barrels per day in 2020 to 900,000 by 2025.';
    expect(eventKeys(text, '2026-02-19')).toContain('STATEMENT Vickram Halvorsen 2026-02-19');
  });

  it('"said in 2019 that …" is still dated by its year', () => {
    expect(
      eventKeys('Minister Vickram Halvorsen said in 2019 that the oil would flow.', '2026-02-19'),
    ).toContain('STATEMENT Vickram Halvorsen 2019');
  });
});

describe('round 25: appointments, resignations and lost votes are events', () => {
  it.each([
    [
      'President Ana Varga named defence minister Sébastien Halvorsen as the country’s new prime minister on Tuesday.',
      /^OTHER Ana Varga\+Sébastien Halvorsen/,
    ],
    [
      'Prime Minister Tomas Halvorsen on Sunday announced his resignation after the defeat.',
      /^OTHER Tomas Halvorsen/,
    ],
    [
      'Prime Minister Tomas Halvorsen lost a vote of confidence in the National Assembly on Monday.',
      /^OTHER Tomas Halvorsen/,
    ],
  ])('%s', (text, key) => {
    expect(eventKeys(text, '2025-09-10').some((k) => key.test(k))).toBe(true);
  });
});

describe('round 25: wave 33 read (fresh regressions of this round)', () => {
  it('"the State House, Abuja," is a place in a city', () => {
    const text =
      'President Tomas Varga received Anna Lindqvist at his official residence in the State House, Abuja.';
    expect(pairsOf('LOCATED_IN', text)).toContain('State House -> Abuja');
  });

  it('a province named after a sultan keeps its name', () => {
    const text = 'Police raided a house in Sultan Kudarat province on Monday.';
    expect(entityKeys(run(text, '2025-06-02'))).not.toContain('Person:Kudarat');
  });
});

describe('round 25: "the President of the United States of America, X"', () => {
  it('the whole run is the country; the name after the comma holds the office', () => {
    const text =
      'The President of the United States of America, Tomas Varga, spoke with Anna Lindqvist on Monday.';
    const x = run(text, '2025-06-02');
    expect(entityKeys(x).filter((k) => k.startsWith('Person:'))).toEqual(
      expect.arrayContaining(['Person:Tomas Varga', 'Person:Anna Lindqvist']),
    );
    expect(entityKeys(x)).not.toContain('Person:of America');
    expect(relationKeys(x)).toContain('HOLDS_ROLE Tomas Varga -> United States');
  });

  it('"the Minister of Foreign Affairs of Azerbaijan X" still splits country and name', () => {
    expect(
      pairsOf('HOLDS_ROLE', 'He met the Minister of Foreign Affairs of Azerbaijan Jeyhun Varga on Monday.'),
    ).toContain('Jeyhun Varga -> Azerbaijan');
  });
});

describe("round 25: a demonym and the group noun after a sentence's modifier name no group", () => {
  it.each([
    'Former Peruvian cartel kingpin Tomas "El Gato" Varga pleaded guilty on Monday.',
    'Notorious Chilean gang leader Tomas Varga has been removed from prison.',
  ])('%s', (text) => {
    expect(entityKeys(run(text, '2025-08-27')).filter((k) => k.startsWith('Cartel:'))).toEqual([]);
  });
});

describe('round 25: a platform a body posts on is no part of its name', () => {
  it('"the Polish Foreign Ministry on X (Twitter)"', () => {
    const keys = entityKeys(
      run('The envoy will travel, the Polish Foreign Ministry on X said on Monday.', '2025-06-02'),
    );
    expect(keys).toContain('Organization:Polish Foreign Ministry');
    expect(keys).not.toContain('Organization:Polish Foreign Ministry on X');
  });

  it('"the Commission on Human Rights" keeps its "on"', () => {
    expect(
      entityKeys(run('The Commission on Human Rights said the report was late.', '2025-06-02')),
    ).toContain('Organization:Commission on Human Rights');
  });
});

describe('round 25: "Title X of the Body said"', () => {
  const text = 'Commodore Tomas Varga of the Peruvian Coast Guard said his crew was distributing aid.';

  it('the title is held in the body', () => {
    expect(pairsOf('HOLDS_ROLE', text)).toContain('Tomas Varga -> Peruvian Coast Guard');
  });

  it('the person speaks, not the body', () => {
    const keys = eventKeys(text, '2025-06-02');
    expect(keys.some((k) => k.startsWith('STATEMENT Tomas Varga'))).toBe(true);
    expect(keys.some((k) => k.startsWith('STATEMENT Peruvian Coast Guard'))).toBe(false);
  });

  it('a body that does not close the phrase takes no role ("of the Coast Guard\'s fleet")', () => {
    expect(
      pairsOf(
        'HOLDS_ROLE',
        'Commodore Tomas Varga of the Peruvian Coast Guard fleet in Callao said the ship left.',
      ),
    ).not.toContain('Tomas Varga -> Peruvian Coast Guard');
  });
});

describe('round 26: places inside places', () => {
  it('"X village in the Y district", "X area of Y District": the unit word stays with the place', () => {
    expect(
      pairsOf('LOCATED_IN', 'Drones struck areas near Kalbor village in the Dervan district.'),
    ).toContain('Kalbor -> Dervan');
  });

  it("a country's airport is in the country", () => {
    expect(pairsOf('LOCATED_IN', "Rebels fired two missiles toward Peru's Tarvana Airport.")).toContain(
      'Tarvana Airport -> Peru',
    );
  });

  it('"the Dervan District" is a place by its head word', () => {
    expect(
      entityKeys(run('Forces carried out a strike in the Tirvan area of Dervan District on Monday.', null)),
    ).toContain('Location:Dervan District');
  });

  it.each([
    ['He attended the Los Angeles Unified School District meeting.', 'Los Angeles Unified School District'],
    ['Officers of the Eastern Military Region said the drills ended.', 'Eastern Military Region'],
  ])("an office's district or region is a body: %s", (text, name) => {
    const keys = entityKeys(run(text, null));
    expect(keys).toContain(`Organization:${name}`);
    expect(keys).not.toContain(`Location:${name}`);
    expect(keys).not.toContain(`Person:${name}`);
  });
});

describe('round 26: groups, sanctions and designations', () => {
  it('"leader of the notorious X gang" is a member of it', () => {
    expect(
      pairsOf(
        'MEMBER_OF',
        'Police arrested Tomas Varga, leader of the notorious Los Verdes gang, on Monday.',
      ),
    ).toContain('Tomas Varga -> Los Verdes');
  });

  it('"Yemen\'s Qorvani group" acts, not Yemen', () => {
    expect(
      pairsOf(
        'OPPOSES',
        "Yemen's Qorvani group claimed responsibility for launching two missile attacks toward Israel.",
      ),
    ).not.toContain('Yemen -> Israel');
  });

  it('sanctions on a counted target named in a list after a colon', () => {
    expect(
      pairsOf(
        'OPPOSES',
        'On July 15, the European Union imposed sanctions on three gang leaders: Tomas Varga, Anna Lindqvist and Pedro Quispe.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'European Union -> Tomas Varga',
        'European Union -> Anna Lindqvist',
        'European Union -> Pedro Quispe',
      ]),
    );
  });

  it('a colon after an uncounted target starts another clause', () => {
    expect(
      pairsOf('OPPOSES', 'The European Union imposed sanctions on Peru: Tomas Varga said it was unfair.'),
    ).not.toContain('European Union -> Tomas Varga');
  });

  it('"classified … as FTOs" designates; "classified … as secret" does not', () => {
    expect(
      pairsOf(
        'DESIGNATED',
        'In March, the State Department classified four cartels, including the Los Verdes Cartel, as FTOs.',
      ),
    ).toContain('U.S. Department of State -> Los Verdes Cartel');
    expect(
      pairsOf('DESIGNATED', 'The Pentagon classified the report on the Los Verdes Cartel as secret.'),
    ).toEqual([]);
  });

  it('"under an order signed by President X": another verb\'s agent does not stop the designator', () => {
    expect(
      pairsOf(
        'DESIGNATED',
        'The State Department designated the Los Verdes Cartel as a terrorist organization under an order signed by President Tomas Varga.',
      ),
    ).toContain('U.S. Department of State -> Los Verdes Cartel');
  });
});

describe('round 26: events', () => {
  const extradited = 'Peru extradited Tomas Varga to the United States on Friday.';

  it('"Authorities captured him on February 3": the arrest of the person the text is about', () => {
    expect(
      eventKeys(`${extradited} Authorities captured him on February 3, 2025, near Lima.`, '2025-07-24'),
    ).toContain('ARREST Tomas Varga 2025-02-03');
  });

  it('no pronoun participant when a person is named before the verb', () => {
    expect(
      eventKeys(
        `${extradited} Anna Lindqvist, a police officer, captured him on February 3, 2025, near Lima.`,
        '2025-07-24',
      ).some((k) => k.startsWith('ARREST') && k.includes('Tomas Varga')),
    ).toBe(false);
  });

  it('"According to local media reports, X fighters stormed …": the cited reports are not X', () => {
    expect(
      eventKeys(
        'According to local media reports, ZRF fighters stormed a church early Saturday.',
        '2025-07-24',
      ),
    ).toContain('STRIKE ZRF 2025-07-19');
  });

  it('drones deployed at a target are a strike, and no deployment', () => {
    const text =
      'The army said the Zarqa Forces (ZRF) deployed suicide drones targeting civilian sites in Tarvana on Saturday.';
    const keys = eventKeys(text, '2025-07-24');
    expect(keys).toContain('STRIKE Zarqa Forces 2025-07-19');
    expect(keys.some((k) => k.startsWith('DEPLOYMENT'))).toBe(false);
    expect(pairsOf('DEPLOYED_TO', text)).toEqual([]);
  });

  it('"clashes erupted between A and B" is a strike of both', () => {
    expect(
      eventKeys(
        'Intense clashes erupted between the Zarqa Forces (ZRF) and the Verdan Liberation Army (VLA) late Tuesday.',
        '2025-07-24',
      ),
    ).toContain('STRIKE Zarqa Forces+Verdan Liberation Army 2025-07-22');
  });

  it('"positions in the X Region of Iraq": the place the place is of takes no part', () => {
    expect(
      eventKeys(
        'Turkish drones struck positions in the Dervan Region of Iraq on Monday, Turkey said.',
        '2025-07-24',
      ),
    ).toContain('STRIKE Turkey 2025-07-21');
  });

  it("a speaker's statement takes the day a later sentence gives it", () => {
    expect(
      eventKeys(
        'Tomas Varga said the port would close. Later, Varga said on Saturday that the decision was final.',
        '2025-07-24',
      ),
    ).toContain('STATEMENT Tomas Varga 2025-07-19');
  });
});

describe('round 26: a state body "in" a country', () => {
  it('"The Public Ministry in Peru" is Peru\'s', () => {
    expect(
      pairsOf(
        'PART_OF',
        'The Public Ministry in Peru led his arrest before he was extradited to the United States.',
      ),
    ).toContain('Public Ministry -> Peru');
  });

  it('an embassy "in" a country is not that country\'s', () => {
    expect(pairsOf('PART_OF', 'The U.S. Embassy in Peru said it had no comment.')).not.toContain(
      'U.S. Embassy in Peru -> Peru',
    );
  });
});

describe('round 26: an accusation is a statement', () => {
  it('"X accused Y on Sunday of …": a statement of the accuser and the accused, nothing named after "of"', () => {
    const keys = eventKeys(
      'The Peruvian Navy accused the Zarqa Forces (ZRF) on Sunday of launching drone attacks on civilian sites in Tarvana.',
      '2025-10-06',
    );
    expect(keys).toContain('STATEMENT Peruvian Navy+Zarqa Forces 2025-10-05');
  });

  it.each([
    'Tomas Varga, who was accused of fraud, left Peru on Monday.',
    'The accused Pedro Quispe was released by a court in Lima.',
    'A man accused of fraud by the Peruvian Navy was released.',
    'A trader accused by the Peruvian Navy of smuggling pleaded guilty on Friday.',
  ])('no statement: %s', (text) => {
    expect(eventKeys(text, '2025-10-06').filter((k) => k.startsWith('STATEMENT'))).toEqual([]);
  });
});

describe('round 26: a participle after the ship it describes', () => {
  it('"…, the biggest ship of the X Coast Guard (XCG) deployed in April to Y": the ship, not the body', () => {
    const pairs = pairsOf(
      'DEPLOYED_TO',
      'A Chinese vessel rammed the BRP Tarvana, the biggest ship of the Peruvian Coast Guard (PCG) deployed in April to Dervan Shoal.',
    );
    expect(pairs).toContain('BRP Tarvana -> Dervan Shoal');
    expect(pairs).not.toContain('Peruvian Coast Guard -> Dervan Shoal');
  });

  it('a finite verb still deploys its subject and its object', () => {
    expect(
      pairsOf('DEPLOYED_TO', 'The Peruvian Navy deployed the BAP Tarvana to Dervan Shoal in April.'),
    ).toEqual(expect.arrayContaining(['Peruvian Navy -> Dervan Shoal', 'BAP Tarvana -> Dervan Shoal']));
  });
});

describe('round 26: one statement when the text dates what it also told undated', () => {
  it('"X announced …" then "…,” X said in a statement on Tuesday": one statement, on Tuesday', () => {
    const keys = eventKeys(
      'Tomas Varga announced the new rules for the port. “We will act against smugglers,” Varga said in a statement on Tuesday.',
      '2025-07-24',
    ).filter((k) => k.startsWith('STATEMENT'));
    expect(keys).toEqual(['STATEMENT Tomas Varga 2025-07-22']);
  });

  it('two statements dated on different days stay two', () => {
    const keys = eventKeys(
      'Tomas Varga said in a statement on Monday that the port was closed. Varga said in an interview on Wednesday that it would reopen.',
      '2025-07-24',
    ).filter((k) => k.startsWith('STATEMENT'));
    expect(keys).toEqual(['STATEMENT Tomas Varga 2025-07-21', 'STATEMENT Tomas Varga 2025-07-23']);
  });
});

describe('round 26: acts on ships', () => {
  it('"apprehended an oil tanker" is a seizure, not an arrest', () => {
    const keys = eventKeys(
      'The Peruvian Navy apprehended an oil tanker off Callao on Dec. 20.',
      '2025-12-21',
    );
    expect(keys).toContain('SEIZURE Peruvian Navy 2025-12-20');
    expect(keys.some((k) => k.startsWith('ARREST'))).toBe(false);
  });

  it('"apprehended two suspects" is still an arrest', () => {
    expect(
      eventKeys('The Peruvian Navy apprehended two suspects off Callao on Dec. 20.', '2025-12-21').some((k) =>
        k.startsWith('ARREST Peruvian Navy'),
      ),
    ).toBe(true);
  });

  it('"intercepted the ship X and escorted it back to Y" is a seizure', () => {
    expect(
      eventKeys(
        "In response, Peru's Coast Guard intercepted the Togolese-registered ship Tarvana and escorted it back to Callao.",
        '2025-02-26',
      ).some((k) => k.startsWith('SEIZURE') && k.includes('Tarvana')),
    ).toBe(true);
  });

  it('"intercepted the ship X and shadowed it" is no seizure', () => {
    expect(
      eventKeys(
        "Peru's Coast Guard intercepted the Russian ship Tarvana and shadowed it for two days.",
        '2025-02-26',
      ).some((k) => k.startsWith('SEIZURE')),
    ).toBe(false);
  });

  it('"opened fire on the warship X" is a strike', () => {
    expect(
      eventKeys('The pirates opened fire on the Peruvian warship BAP Tarvana on Saturday.', '2024-09-01'),
    ).toContain('STRIKE BAP Tarvana 2024-08-31');
  });
});

describe('round 26: "repeatedly" on a stated day is one incident', () => {
  it('"a coast guard vessel on Saturday repeatedly rammed the BAP X" is a strike', () => {
    expect(
      eventKeys(
        'A Peruvian Coast Guard (PCG) vessel on Saturday repeatedly rammed the BAP Tarvana near Dervan Shoal.',
        '2024-09-01',
      ),
    ).toContain('STRIKE Peruvian Coast Guard+BAP Tarvana 2024-08-31');
  });

  it('"has repeatedly struck the port since 2022" stays a habit', () => {
    expect(
      eventKeys(
        'The Peruvian Navy has repeatedly struck the port of Tarvana since 2022.',
        '2024-09-01',
      ).filter((k) => k.startsWith('STRIKE')),
    ).toEqual([]);
  });
});

describe('round 27: bodies and offices a fresh review found unread', () => {
  it('"the Danish armed forces" and "the Austrian foreign office" are bodies of their countries', () => {
    const x = run(
      'Denmark said the Danish armed forces will stay in Estonia. The Austrian foreign office did not respond. Austria has no comment.',
    );
    expect(entityKeys(x)).toEqual(
      expect.arrayContaining(['Organization:Danish armed forces', 'Organization:Austrian foreign office']),
    );
    expect(relationKeys(x)).toEqual(
      expect.arrayContaining([
        'PART_OF Danish armed forces -> Denmark',
        'PART_OF Austrian foreign office -> Austria',
      ]),
    );
  });

  it('a headline may open with the force: "Peruvian navy seizes fishing boat"', () => {
    expect(
      entityKeys(run('Peruvian navy seizes fishing boat near Chile\n\nPeru has seized a boat.')),
    ).toContain('Organization:Peruvian navy');
  });

  it('"the Danish armed forces chief" names no body (the force only modifies the noun)', () => {
    expect(entityKeys(run('Denmark said the Danish armed forces chief will visit Estonia.'))).not.toContain(
      'Organization:Danish armed forces',
    );
  });

  const guatemalan = [
    'GUATEMALA CITY (AP) — Guatemala declared a state of siege on Sunday.',
    "Guatemala's National Civil Police and Guatemala's Public Ministry raided three prisons.",
    'Interior Minister Tomas Varga said the attacks were linked to riots.',
    'Guatemala will hold the prisoners in Guatemala City.',
  ].join(' ');

  it("an unqualified minister serves the article's one country (named most, owning its bodies, its dateline)", () => {
    expect(relationKeys(run(guatemalan, '2025-06-02'))).toContain('HOLDS_ROLE Tomas Varga -> Guatemala');
  });

  it('not when another country is named as often', () => {
    const text = `${guatemalan} Mexico and Mexico's Navy and Mexico's Army and Mexico's Senate said Mexico would help.`;
    expect(relationKeys(run(text, '2025-06-02'))).not.toContain('HOLDS_ROLE Tomas Varga -> Guatemala');
  });

  it('not a head of state (a president may be a visitor), nor a U.S. "minister"', () => {
    expect(
      relationKeys(run(guatemalan.replace('Interior Minister', 'President'), '2025-06-02')),
    ).not.toContain('HOLDS_ROLE Tomas Varga -> Guatemala');
    const us = [
      'WASHINGTON (AP) — The United States charged three men on Sunday.',
      "The U.S. Department of Justice and the U.S. Department of State and America's Navy said the United States would act.",
      'Defense Minister Tomas Varga was named in the charges.',
    ].join(' ');
    expect(relationKeys(run(us, '2025-06-02')).filter((k) => k.startsWith('HOLDS_ROLE'))).toEqual([]);
  });

  it('"Lima, the country\'s capital": the gazetteer says which country, when the article names it', () => {
    expect(
      relationKeys(run("Gangs control much of Lima, the country's capital. Peru declared an emergency.")),
    ).toContain('LOCATED_IN Lima -> Peru');
    expect(
      relationKeys(run("Gangs control much of Lima, the country's capital. Chile declared an emergency.")),
    ).not.toContain('LOCATED_IN Lima -> Chile');
  });
});

describe('round 27, batch 2: three fresh waves (24 real articles) read after their fresh score', () => {
  it('"the municipal Department of Foreign Affairs" is no country\'s body', () => {
    const x = run(
      'Two Peruvian navy ships arrived in Chile. Representatives of the municipal Department of Foreign Affairs welcomed the crews. Peru and Peru and Peru sent them.',
    );
    expect(relationKeys(x).filter((k) => k.startsWith('PART_OF Department of Foreign Affairs'))).toEqual([]);
    const y = run(
      'Two Peruvian navy ships arrived in Chile. Representatives of the Department of Foreign Affairs welcomed the crews. Peru and Peru and Peru sent them.',
    );
    expect(relationKeys(y)).toContain('PART_OF Department of Foreign Affairs -> Peru');
  });

  it('"arrived at Callao\'s Almirante Port": sent to the port and to the city, the port in the city', () => {
    const keys = relationKeys(run("The destroyer BAP Tarvana arrived at Callao's Almirante Port on Friday."));
    expect(keys).toEqual(
      expect.arrayContaining([
        'DEPLOYED_TO BAP Tarvana -> Almirante Port',
        'DEPLOYED_TO BAP Tarvana -> Callao',
        'LOCATED_IN Almirante Port -> Callao',
      ]),
    );
  });

  it('a weekday\'s or month\'s short name opens a name: "Sun Weidong", "Jan de Vries"', () => {
    expect(entityKeys(run('Vice Foreign Minister Sun Weidong said the talks were useful.'))).toContain(
      'Person:Sun Weidong',
    );
    expect(entityKeys(run('Prosecutor Jan de Vries said the network was dismantled.'))).toContain(
      'Person:Jan de Vries',
    );
  });

  it('not next to a number, nor before a place: "on Jan 5", "Sun 12 May", "in Jan Peru said"', () => {
    const keys = [
      ...entityKeys(run('On Jan 5 Peru said it would act.')),
      ...entityKeys(run('The raid ended on Sun 12 May in Lima.')),
    ];
    expect(keys.filter((k) => /\b(?:Jan|Sun)\b/.test(k))).toEqual([]);
  });
});

describe('round 27, batch 3: a national police force written in lower case', () => {
  it('"Chile\'s national police", "MADRID: Chilean national Police have arrested …" are bodies', () => {
    const x = run(
      "Chile's national police said on Monday they had arrested three men in Valparaiso.",
      '2025-01-16',
    );
    expect(entityKeys(x)).toContain('Organization:Chilean National Police');
    expect(relationKeys(x)).toContain('PART_OF Chilean National Police -> Chile');
    const y = run(
      'LIMA: Chilean national Police have arrested seven people and seized 1,100 kg of cocaine, the ministry announced on Thursday.',
      '2025-01-16',
    );
    expect(entityKeys(y).some((k) => /^Organization:Chilean national police$/i.test(k))).toBe(true);
    expect(y.events.filter((e) => e.type === 'ARREST').map((e) => e.participants)).toEqual([
      [expect.stringMatching(/^Chilean national police$/i)],
    ]);
  });

  it('"the national police chief" names no body (the force only modifies the noun)', () => {
    expect(
      entityKeys(run("Chile's national police chief said on Monday they had arrested three men.")).filter(
        (k) => /police/i.test(k),
      ),
    ).toEqual([]);
  });
});

describe('round 27, batch 4: talks, exercises, a force that "held"', () => {
  it('"praised … following talks Wednesday with his Turkish counterpart X in Berlin" is a meeting', () => {
    expect(
      eventKeys(
        "Defense Minister Tomas Varga praised Peru's contribution to security following talks Wednesday with his Turkish counterpart Emre Kaplan in Berlin.",
        '2026-01-15',
      ),
    ).toContain('MEETING Tomas Varga+Emre Kaplan 2026-01-14');
  });

  it('"the Peruvian navy held joint drills off Callao" names the navy and is an exercise (OTHER)', () => {
    const x = run(
      'The Chilean Navy and the Peruvian navy held joint drills off Callao on Friday.',
      '2024-08-03',
    );
    expect(entityKeys(x)).toContain('Organization:Peruvian navy');
    expect(x.events.map((e) => `${e.type} ${e.participants.join('+')}`)).toContain(
      'OTHER Chilean Navy+Peruvian navy',
    );
  });

  it('"a fire drill", "drilled wells" are no exercise', () => {
    const keys = [
      ...eventKeys('The Chilean Navy said a fire drill was planned at its base.', '2024-08-03'),
      ...eventKeys('The Chilean Navy drilled wells near Callao in May.', '2024-08-03'),
    ];
    expect(keys.filter((k) => k.startsWith('OTHER'))).toEqual([]);
  });
});

describe('round 27, batch 5: managers', () => {
  it('"NCA operations manager X said" gives X that role in the agency', () => {
    expect(
      relationKeys(
        run(
          'The National Crime Agency (NCA) arrested two men. NCA operations manager Tomas Varga said the gangs are ruthless.',
          '2024-11-12',
        ),
      ),
    ).toContain('HOLDS_ROLE Tomas Varga -> National Crime Agency');
  });
});

describe('round 27, batch 6: cartel leaders with an age, diplomatic acts', () => {
  it('"X, the 59-year-old leader of the Y Cartel" is a member of it', () => {
    expect(
      relationKeys(
        run(
          'Soldiers killed Tomas Varga, the 59-year-old leader of the Tarvana Cartel, in Callao on Sunday.',
        ),
      ),
    ).toContain('MEMBER_OF Tomas Varga -> Tarvana Cartel');
  });

  it("expelling, summoning or recalling another country's envoy opposes that country", () => {
    expect(
      relationKeys(run('Peru summoned and warned the Chilean ambassador on Tuesday. Chile protested.')),
    ).toContain('OPPOSES Peru -> Chile');
    expect(
      relationKeys(run('Peru expels Bolivian diplomat in tit-for-tat move. Bolivia and Peru are at odds.')),
    ).toContain('OPPOSES Peru -> Bolivia');
    expect(
      relationKeys(
        run('Peru ordered an immediate recall of its ambassadors from Chile and Bolivia on Wednesday.'),
      ),
    ).toEqual(expect.arrayContaining(['OPPOSES Peru -> Chile', 'OPPOSES Peru -> Bolivia']));
  });

  it('not a threat, an infinitive or a passive: "threatened to expel", "was summoned"', () => {
    const keys = [
      ...relationKeys(run('Peru threatened to expel the Chilean envoy. Chile and Peru talk.')),
      ...relationKeys(run('The Chilean envoy was summoned by Peru. Chile and Peru talk.')),
    ];
    expect(keys.filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });
});

describe('round 27, batch 7: diplomatic acts are events', () => {
  it('an expulsion, a recall of envoys, a persona non grata are OTHER events', () => {
    const types = (text: string): string[] =>
      run(text, '2024-05-23').events.map((e) => `${e.type} ${e.participants.join('+')}`);
    expect(
      types('Peru ordered an immediate recall of its ambassadors from Chile and Bolivia on Wednesday.'),
    ).toContain('OTHER Peru+Chile+Bolivia');
    expect(types('Chile on Tuesday expelled a senior Peruvian diplomat.')).toContain('OTHER Chile');
    expect(types('Peru declared the Chilean ambassador persona non grata on Friday.')).toContain(
      'OTHER Peru',
    );
  });

  it('"the decision to expel the diplomat" is no act (an infinitive)', () => {
    expect(
      run('The move to expel the ambassador raises concerns in Chile.', '2024-05-23').events.filter(
        (e) => e.type === 'OTHER',
      ),
    ).toEqual([]);
  });
});

describe('round 27, batch 8: what a named speaker urged or condemned', () => {
  it('"Peru urged Chile to …", "President X condemned the attack as …" are statements', () => {
    expect(
      eventKeys('Peru urged Chile on Monday to release the fishermen immediately.', '2024-05-23'),
    ).toContain('STATEMENT Peru 2024-05-20');
    expect(
      eventKeys('President Tomas Varga condemned the attack as "deplorable" on Tuesday.', '2024-05-23'),
    ).toContain('STATEMENT Tomas Varga 2024-05-21');
  });

  it('not a passive, nor a speaker left in another clause', () => {
    const keys = [
      ...eventKeys('The attack was condemned by Peru on Monday.', '2024-05-23'),
      ...eventKeys('Varga, for his part, condemned the attack on Monday.', '2024-05-23'),
    ];
    expect(keys.filter((k) => k.startsWith('STATEMENT'))).toEqual([]);
  });
});

describe('round 27, batch 9: cartel roles before the name, and "both leaders of"', () => {
  it('"the Tarvana Cartel\'s other cofounder, X" and "A and B, both leaders of the Y Cartel"', () => {
    expect(
      relationKeys(run("That includes the Tarvana Cartel's other cofounder, Tomas Varga, now in custody.")),
    ).toContain('MEMBER_OF Tomas Varga -> Tarvana Cartel');
    expect(
      relationKeys(run('Tomas Varga and Emre Kaplan, both leaders of the Tarvana Cartel, were arrested.')),
    ).toEqual(
      expect.arrayContaining([
        'MEMBER_OF Tomas Varga -> Tarvana Cartel',
        'MEMBER_OF Emre Kaplan -> Tarvana Cartel',
      ]),
    );
  });

  it('a plural role before two names is left alone ("the Cartel\'s leaders, A and B")', () => {
    expect(
      relationKeys(run("The Tarvana Cartel's leaders, Tomas Varga and Emre Kaplan, were arrested.")).filter(
        (k) => k.startsWith('MEMBER_OF'),
      ),
    ).toEqual([]);
  });
});

describe('round 28, batch 1: an accusation opposes', () => {
  it('"X accused Y of …" is X OPPOSES Y', () => {
    expect(relationKeys(run('Peru on Tuesday accused Chile of violating its waters.'))).toContain(
      'OPPOSES Peru -> Chile',
    );
  });

  it('not a passive, nor "the man accused of"', () => {
    const keys = [
      ...relationKeys(run('Tomas Varga was accused of fraud by Peru.')),
      ...relationKeys(run('Chile named the man accused of the killing, Tomas Varga.')),
    ];
    expect(keys.filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });
});

describe('round 28, batch 1: warships in transit, and ships named after a count', () => {
  it('"USS X transited the Strait of Y" is DEPLOYED_TO the strait', () => {
    expect(
      relationKeys(run('The destroyer USS Kellan Ward transited the Strait of Hormuz on Monday.')),
    ).toContain('DEPLOYED_TO USS Kellan Ward -> Strait of Hormuz');
  });

  it('"sent two warships, the frigate A and the supply ship B, to Z": both ships', () => {
    expect(
      relationKeys(
        run(
          'Peru sent two warships, the frigate Almirante Quiroga and the tanker Tarvana Star, to the Caribbean.',
        ),
      ),
    ).toEqual(
      expect.arrayContaining([
        'DEPLOYED_TO Almirante Quiroga -> Caribbean',
        'DEPLOYED_TO Tarvana Star -> Caribbean',
      ]),
    );
  });

  it('a merchant ship passing through a strait is not deployed', () => {
    expect(
      relationKeys(run('The tanker Tarvana Star transited the Strait of Hormuz on Monday.')).filter((k) =>
        k.startsWith('DEPLOYED_TO'),
      ),
    ).toEqual([]);
  });
});

describe('round 28, batch 2: acts that were not done, and a designation told as an adjective', () => {
  it('"struck a blow against", "agreed to the extradition of", "suspended a leader\'s extradition" are none', () => {
    const keys = [
      ...eventKeys('Lima struck a major blow against the Tarvana Cartel on Monday.', '2024-05-23'),
      ...eventKeys('Chile had agreed to the extradition of Tomas Varga, the ministry said.', '2024-05-23'),
      ...eventKeys("President Tomas Varga has suspended a rebel leader's extradition to Peru.", '2024-05-23'),
    ];
    expect(
      keys.filter((k) => /^(?:STRIKE|AGREEMENT)/.test(k) || k.startsWith('EXTRADITION Tomas Varga+Peru')),
    ).toEqual([]);
    expect(
      eventKeys("President Tomas Varga has suspended a rebel leader's extradition to Peru.", '2024-05-23'),
    ).toEqual([]);
  });

  it('"agreed to a ceasefire" is still an agreement', () => {
    expect(eventKeys('Peru and Chile agreed to a ceasefire on Monday.', '2024-05-23')).toContain(
      'AGREEMENT Peru+Chile 2024-05-20',
    );
  });

  it('"X, a designated terrorist organization" names no designator', () => {
    const out = run(
      'Peru filed charges against five leaders of the Tarvana Cartel, a designated foreign terrorist organization.',
    );
    expect(relationKeys(out).filter((k) => k.startsWith('DESIGNATED'))).toEqual([]);
    expect(out.events.filter((e) => e.type === 'DESIGNATION')).toEqual([]);
  });

  it('what a sanction is "over" is its reason, not its target', () => {
    const keys = relationKeys(
      run("Peru imposed sanctions on Tomas Varga over the Tarvana Cartel's attack on Chile last year."),
    );
    expect(keys).toContain('OPPOSES Peru -> Tomas Varga');
    expect(keys).not.toContain('OPPOSES Peru -> Chile');
  });
});

describe('round 28, batch 3: ships captured, ships that came for a visit, and titles', () => {
  it('a ship captured is seized, not arrested', () => {
    const keys = eventKeys('The Peruvian Navy captured the oil tanker Tarvana Star on Monday.', '2024-05-23');
    expect(keys.some((k) => k.startsWith('SEIZURE') && k.includes('Tarvana Star'))).toBe(true);
    expect(keys.filter((k) => k.startsWith('ARREST'))).toEqual([]);
  });

  it('a warship that "arrived in X for a five-day visit" visits; one that arrived is deployed', () => {
    expect(
      eventKeys(
        'The frigate Almirante Quiroga arrived in Chile on Monday for a five-day visit.',
        '2024-05-23',
      ),
    ).toEqual(['VISIT Almirante Quiroga 2024-05-20']);
    expect(eventKeys('The frigate Almirante Quiroga arrived in Chile on Monday.', '2024-05-23')).toEqual([
      'DEPLOYMENT Almirante Quiroga 2024-05-20',
    ]);
  });

  it('"Senate President Pro Tempore X", "Deputy Minority Leader X" are titles', () => {
    const keys = entityKeys(
      run('Senate President Pro Tempore Tomas Varga and Deputy Minority Leader Ana Ruiz condemned it.'),
    );
    expect(keys).toEqual(expect.arrayContaining(['Person:Tomas Varga', 'Person:Ana Ruiz']));
    expect(keys.filter((k) => /Pro Tempore|Minority/.test(k))).toEqual([]);
  });

  it('a given name that is a place, then a surname: after a title ("McVea" too) or before "said"', () => {
    expect(entityKeys(run('Agency chief executive Virginia McVea said the crew was safe.'))).toContain(
      'Person:Virginia McVea',
    );
    expect(entityKeys(run('Israel Katz said the strike was justified.'))).toContain('Person:Israel Katz');
  });
});

describe('round 28, batch 4: people listed together, targets counted before they are named', () => {
  it('a name listed with a person is a person ("A and B", "A, B and C"), in either order', () => {
    expect(entityKeys(run('Tomas Varga and Ferdek Quilonar face asset freezes.'))).toContain(
      'Person:Ferdek Quilonar',
    );
    expect(entityKeys(run('Ferdek Quilonar and Tomas Varga face asset freezes.'))).toContain(
      'Person:Ferdek Quilonar',
    );
    expect(
      entityKeys(run('Gang leaders Luckon Eviras, Gabriel Santos and Ferdek Quilonar were named.')),
    ).toContain('Person:Ferdek Quilonar');
  });

  it('not a place, a body or a ship listed with a person', () => {
    const keys = entityKeys(run('Tomas Varga and Air Force One left for Lima and Tarvana Bay.'));
    expect(keys.filter((k) => k.startsWith('Person:') && k !== 'Person:Tomas Varga')).toEqual([]);
  });

  const story =
    'LIMA — Peru is imposing sanctions on three more people for their role in the violence. ' +
    'Foreign Minister Ana Ruiz made the announcement Friday. ' +
    'The ministry says gang leaders Luckon Eviras, Gabriel Santos and Ferdek Quilonar have undermined the peace.';

  it('"sanctions on three more people" then the three named: each is opposed, and in the sanction', () => {
    const out = run(story, '2024-06-22');
    expect(relationKeys(out)).toEqual(
      expect.arrayContaining([
        'OPPOSES Peru -> Luckon Eviras',
        'OPPOSES Peru -> Gabriel Santos',
        'OPPOSES Peru -> Ferdek Quilonar',
      ]),
    );
    expect(eventKeys(story, '2024-06-22')).toContain(
      'SANCTION Peru+Luckon Eviras+Gabriel Santos+Ferdek Quilonar 2024-06-21',
    );
  });

  it('not when the count and the list disagree', () => {
    const two = story.replace('three more people', 'two more people');
    expect(relationKeys(run(two, '2024-06-22')).filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });
});

describe('round 28, batch 4: a deal dated where it is told again', () => {
  it('"The order was inked on Tuesday", "Monday’s Reciprocal Access Agreement"', () => {
    expect(
      eventKeys(
        'Peru has signed a contract worth $225 million with Chile. The order was inked on Tuesday in Lima.',
        '2024-02-08',
      ),
    ).toContain('AGREEMENT Peru+Chile 2024-02-06');
    expect(
      eventKeys(
        'Peru and Chile have signed a key defence pact. Monday’s Reciprocal Access Agreement allows each to deploy troops.',
        '2024-07-09',
      ),
    ).toContain('AGREEMENT Peru+Chile 2024-07-08');
  });
});

describe('round 28, batch 5: envoys, group leaders, shouted openings, ships in lists, strikes executed', () => {
  it('"X, Peru\'s ambassador to Chile," is a person holding the post for Peru', () => {
    const out = run('Lo Kovar, Peru’s ambassador to Chile, dismissed the concerns.');
    expect(entityKeys(out)).toContain('Person:Lo Kovar');
    expect(relationKeys(out)).toContain('HOLDS_ROLE Lo Kovar -> Peru');
  });

  it('"the Tarvana Cartel\'s leader X" is a member, with or without a comma', () => {
    expect(relationKeys(run("The sanctions target the Tarvana Cartel's leader Tomas Varga."))).toContain(
      'MEMBER_OF Tomas Varga -> Tarvana Cartel',
    );
  });

  it('a paragraph opening in capitals names the person as the article spells them elsewhere', () => {
    const out = run(
      'TOMAS MCVARGA, a leading member of the Tarvana Cartel, has been charged. McVarga appeared in court on Monday.',
      '2025-05-29',
    );
    expect(entityKeys(out)).toContain('Person:Tomas McVarga');
    // A dateline in capitals stays a place.
    expect(entityKeys(run('NEW YORK, May 4 — Tomas Varga said the talks failed.'))).toContain(
      'Location:New York',
    );
  });

  it('every ship of "destroyers A, B, C and D", and a name before "guided missile cruiser"', () => {
    const keys = entityKeys(
      run('The Navy sent destroyers Carney, Laboon, Mason and Thomas Hudner to the Red Sea.'),
    );
    expect(keys).toEqual(expect.arrayContaining(['Ship:Laboon', 'Ship:Mason', 'Ship:Thomas Hudner']));
    expect(keys).not.toContain('Person:Thomas Hudner');
    expect(entityKeys(run('The Qi Jiguang training ship arrived on Monday.'))).toContain('Ship:Qi Jiguang');
  });

  it('"have executed air and sea strikes on" is a strike', () => {
    expect(
      eventKeys(
        'Peru and Chile have executed air and sea strikes on rebel targets in Tarvana on Monday.',
        '2024-01-20',
      ),
    ).toContain('STRIKE Peru+Chile 2024-01-15');
  });
});

describe('round 28, batch 6: false oppositions and a U.S. office that does not exist', () => {
  it('no OPPOSES to the one a call is with, to those supported, or from an act named after a preposition', () => {
    const keys = [
      ...relationKeys(
        run(
          'Foreign Minister Tomas Varga condemned Chile in his first phone call with Peru’s Foreign Minister Ana Ruiz.',
        ),
      ),
      ...relationKeys(run('The Zarqan movement claims its attacks support Peru and the Tarvana Cartel.')),
      ...relationKeys(run('President Tomas Varga said the strikes send a message against attacks on Peru.')),
    ];
    expect(keys).toContain('OPPOSES Tomas Varga -> Chile');
    expect(keys.filter((k) => /OPPOSES .* -> (?:Ana Ruiz|Peru|Tarvana Cartel)$/.test(k))).toEqual([]);
  });

  it('a "Public Security Secretary" in a story most about the United States is not a U.S. office', () => {
    const out = run(
      'The Government of Peru announced Tuesday that it handed over 37 members of criminal organizations to the United States. ' +
        'It is the third such delivery by Peru since 2025 and brings the total to 92 members sent to the United States. ' +
        '"The action was lawful," federal Public Security Secretary Tomas Varga posted on X. ' +
        'The official added that at the request of the U.S. Justice Department, a commitment was made for people sent to the United States. ' +
        'Among the surrendered is Ana Ruiz, wanted by the United States for "narcoterrorism." ' +
        'In the first rendition in 2025, Peru sent 29 alleged traffickers to the United States.',
      '2026-01-21',
    );
    expect(relationKeys(out).filter((k) => k.startsWith('HOLDS_ROLE Tomas Varga'))).toEqual([]);
  });
});

describe('round 28, batch 7: who was on the call, and a delegation received', () => {
  it('"X said that following a phone call with Y Monday, …": X and Y were on the call', () => {
    expect(
      eventKeys(
        'President Ana Ruiz said that following a phone call with President Tomas Varga Monday morning, tariffs would pause.',
        '2025-02-04',
      ),
    ).toContain('CALL Ana Ruiz+Tomas Varga 2025-02-03');
  });

  it('not a call the speaker only reports between two others', () => {
    expect(
      eventKeys(
        'Ana Ruiz said that President Tomas Varga held a phone call with Foreign Minister Lo Kovar on Monday.',
        '2025-02-04',
      ).filter((k) => k.startsWith('CALL') && k.includes('Ana Ruiz')),
    ).toEqual([]);
  });

  it('"received at the National Palace the U.S. delegation headed by X" is a meeting with X', () => {
    expect(
      eventKeys(
        'President Ana Ruiz received at the National Palace the U.S. delegation headed by Secretary of State Tomas Varga on Thursday.',
        '2023-10-06',
      ),
    ).toContain('MEETING Ana Ruiz+Tomas Varga 2023-10-05');
  });
});

describe('round 28, batch 8: a signing told twice, and a claim made', () => {
  it('"The agreement was signed by X and Y in Lima" is the signing just told, with its signatories', () => {
    expect(
      eventKeys(
        'Peru and Chile on Wednesday signed a mutual defence agreement. The agreement was signed by President Ana Ruiz and Prime Minister Tomas Varga in Lima.',
        '2025-09-18',
      ),
    ).toEqual(['AGREEMENT Peru+Chile+Ana Ruiz+Tomas Varga 2025-09-17']);
  });

  it('"spokesman X claimed that …" is his statement', () => {
    expect(
      eventKeys(
        'Coast Guard spokesman Tomas Varga claimed on Monday that the convoy intruded.',
        '2025-06-12',
      ),
    ).toContain('STATEMENT Tomas Varga 2025-06-09');
  });
});

describe('round 28, batch 9: the speaker after "said" and a descriptor', () => {
  it('"…, said EU police agency Europol" is said by the agency, not by the EU', () => {
    expect(
      eventKeys(
        'Officers seized 21 tonnes of drugs in Lima, said EU police agency Europol on Monday.',
        '2025-04-16',
      ).filter((k) => k.startsWith('STATEMENT European Union')),
    ).toEqual([]);
  });
});

describe('round 28, batch 10: a person seized is arrested', () => {
  it('"X was seized at a shopping centre", "Marines seized X": an arrest; drugs seized: a seizure', () => {
    expect(
      eventKeys('Cartel leader Tomas Varga was seized at a shopping centre in Lima on Monday.', '2025-06-12'),
    ).toEqual(['ARREST Tomas Varga 2025-06-09']);
    expect(eventKeys('Marines seized 2 tons of cocaine in Lima on Monday.', '2025-06-12')).toEqual([
      'SEIZURE Marines 2025-06-09',
    ]);
  });
});

describe('round 28, batch 11: a capital that stands for its government, and only the one accused', () => {
  it('"a gang that Lima labeled", "tensions between Lima and Santiago", "Lima’s commitment to Santiago"', () => {
    const keys = entityKeys(
      run(
        'The Tarvana Cartel is a gang that Lima labeled a terrorist group in February. ' +
          'Tensions between Lima and Santiago have been escalating for years. ' +
          'The minister reaffirmed Lima’s commitment to Santiago.',
      ),
    );
    expect(keys).toEqual(expect.arrayContaining(['Location:Peru', 'Location:Chile']));
    expect(keys.filter((k) => k === 'Location:Lima' || k === 'Location:Santiago')).toEqual([]);
  });

  it('a capital where something happens stays the city ("talks in Peru’s capital city Lima ended")', () => {
    expect(entityKeys(run('Officials in Lima said the talks held in Lima on Monday failed.'))).toContain(
      'Location:Lima',
    );
  });

  it('"X accused Y of …, a claim Z denies": only Y is opposed', () => {
    const keys = relationKeys(
      run(
        'President Tomas Varga accused Chilean President Ana Ruiz of controlling the gang, a claim Santiago denies.',
      ),
    );
    expect(keys.filter((k) => k.startsWith('OPPOSES'))).toEqual(['OPPOSES Tomas Varga -> Ana Ruiz']);
  });
});

describe('round 28, batch 12: meetings counted, and those present at the meeting', () => {
  it('"the two leaders have met 10 times since 2019" is no one meeting', () => {
    expect(
      eventKeys(
        'President Ana Ruiz and President Tomas Varga have met 10 times since 2019.',
        '2024-06-23',
      ).filter((k) => k.startsWith('MEETING')),
    ).toEqual([]);
  });

  it('"X and Y were also present in the meeting" adds them to the meeting just told', () => {
    expect(
      eventKeys(
        'Foreign Minister Ana Ruiz met President Tomas Varga in Lima on Sunday. Deputy Minister Lo Kovar and Ambassador Rosa Quispe were also present in the meeting.',
        '2024-12-23',
      ),
    ).toEqual(['MEETING Ana Ruiz+Tomas Varga+Lo Kovar+Rosa Quispe 2024-12-22']);
  });
});

describe('round 29, batch 1: the charged listed further on, and ministers who convened for talks', () => {
  const lead =
    'The Department of Justice announced criminal charges Thursday against three alleged leaders of the Orbe Cartel. ' +
    'Prosecutors said the case took two years. Officials thanked their partners. The Treasury acted as well. ';

  it('"The leaders facing charges include: A (“nick”), B and C" names the counted people, five sentences on', () => {
    const keys = relationKeys(
      run(
        lead +
          'The alleged leaders facing charges include: Tomas Varga (“El Viejo”), Ana Ruiz (“Flaca”), and Luis Kovar.',
      ),
    ).filter((k) => k.startsWith('OPPOSES'));
    expect(keys).toEqual(
      expect.arrayContaining([
        'OPPOSES U.S. Department of Justice -> Tomas Varga',
        'OPPOSES U.S. Department of Justice -> Ana Ruiz',
        'OPPOSES U.S. Department of Justice -> Luis Kovar',
      ]),
    );
  });

  it('that far on, a list that does not say it is of them is no one’s', () => {
    const keys = relationKeys(run(lead + 'Tomas Varga, Ana Ruiz and Luis Kovar met in Lima.')).filter((k) =>
      k.startsWith('OPPOSES'),
    );
    expect(keys).not.toContain('OPPOSES U.S. Department of Justice -> Tomas Varga');
  });

  it('"the chiefs of A and B convened for talks on Tuesday" dates the meeting the next sentence names', () => {
    expect(
      eventKeys(
        'The defense chiefs of Peru and Chile convened for talks on Tuesday. Defense minister Tomas Varga held talks with Chilean defense minister Ana Ruiz.',
        '2024-02-07',
      ).filter((k) => k.startsWith('MEETING')),
    ).toEqual(['MEETING Tomas Varga+Ana Ruiz 2024-02-06']);
  });
});

describe('round 29, batch 2: titles before a two-word country, a bracketed acronym or a modifier', () => {
  it.each([
    [
      '"the Foreign Minister of Saudi Arabia X": a word that goes on the place is no given name',
      'He met the Foreign Minister of Saudi Arabia Tomas Varga on Monday.',
      'HOLDS_ROLE Tomas Varga -> Saudi Arabia',
    ],
    [
      '"Ministry of X (ACR) spokesperson, Y": the body before its short form has the office',
      '“Trade grew,” Ministry of Mining (MOM) spokesperson, Tomas Varga said.',
      'HOLDS_ROLE Tomas Varga -> Ministry of Mining',
    ],
    [
      '"Deputy Pentagon Press Secretary X": a modifier may open the body before the title',
      'Deputy Pentagon Press Secretary Ana Ruiz told reporters on Tuesday that talks went well.',
      'HOLDS_ROLE Ana Ruiz -> Pentagon',
    ],
  ])('%s', (_label, text, key) => {
    expect(relationKeys(run(text))).toContain(key);
  });

  it('"Saudi Arabia" stays one place, and no person named "Arabia …" is made', () => {
    expect(entityKeys(run('He met the Foreign Minister of Saudi Arabia Tomas Varga on Monday.'))).toEqual(
      expect.arrayContaining(['Location:Saudi Arabia', 'Person:Tomas Varga']),
    );
  });
});

describe('round 29, batch 3: a unit of a foreign body named after it', () => {
  const text =
    '“It was not only for the local market,” Tomas Varga, head of the Coastal Narcotics Brigade of the Guardia Nacional, told reporters.';

  it('"X Brigade of the Guardia Nacional" is two bodies, the unit part of the body', () => {
    const r = run(text);
    expect(entityKeys(r)).toEqual(
      expect.arrayContaining(['Organization:Coastal Narcotics Brigade', 'Organization:Guardia Nacional']),
    );
    expect(relationKeys(r)).toEqual(
      expect.arrayContaining([
        'PART_OF Coastal Narcotics Brigade -> Guardia Nacional',
        'HOLDS_ROLE Tomas Varga -> Coastal Narcotics Brigade',
      ]),
    );
  });

  it('an English body after "of the" keeps the unit and body one name, as before', () => {
    expect(
      entityKeys(run('Officers of the Coastal Narcotics Brigade of the National Police seized it.')),
    ).toContain('Organization:Coastal Narcotics Brigade of the National Police');
  });
});

describe('round 29, batch 4: visitors, parties and delegations', () => {
  // An article about Peru (most named, its bodies named most) with a visiting minister.
  const peru =
    'Peru and Chile signed four agreements in Lima on Sunday. The Peruvian Foreign Ministry said the Peruvian Navy and the Peruvian Army would work with Chile. ' +
    'Peru wants more trade. Peru and its neighbours met. Peru said so. ' +
    'The two sides had agreed on visas last month, when Interior Minister Tomas Varga visited Lima.';

  it('"when Interior Minister X visited Lima": who comes to the article’s country is not its minister', () => {
    expect(relationKeys(run(peru, '2025-08-24')).filter((k) => k.includes('Tomas Varga'))).toEqual([]);
  });

  it('a minister of that article who stays at home still serves its country', () => {
    const home = peru.replace(
      'when Interior Minister Tomas Varga visited Lima.',
      'Interior Minister Tomas Varga said visas would follow.',
    );
    expect(relationKeys(run(home, '2025-08-24'))).toContain('HOLDS_ROLE Tomas Varga -> Peru');
  });

  it.each([
    [
      "Peru's Alliance for Freedom and Renewal, a political grouping, welcomed the talks.",
      'Alliance for Freedom and Renewal',
    ],
    [
      'Experts at the Peru Institute of International and Strategic Studies spoke.',
      'Peru Institute of International and Strategic Studies',
    ],
  ])('%s — no PART_OF the country', (text, body) => {
    expect(relationKeys(run(text))).not.toContain(`PART_OF ${body} -> Peru`);
  });

  it('"X had sent a delegation to Lima" deploys no one; "sent troops to Lima" does', () => {
    expect(
      relationKeys(run('The Peruvian Armed Forces said it had sent a delegation to Lima on Friday.')),
    ).not.toContain('DEPLOYED_TO Peruvian Armed Forces -> Lima');
    expect(relationKeys(run('The Peruvian Armed Forces sent troops to Lima on Friday.'))).toContain(
      'DEPLOYED_TO Peruvian Armed Forces -> Lima',
    );
  });
});

describe('round 29, batch 5: names cut by a title word, a service read as a given name', () => {
  it('"Secretary of the Navy X": the service is the office’s, not the first word of the name', () => {
    const r = run('Also on hand were Secretary of the Navy Tomas Varga and others.');
    expect(entityKeys(r)).toContain('Person:Tomas Varga');
    expect(relationKeys(r)).toContain('HOLDS_ROLE Tomas Varga -> Navy');
  });

  it.each([
    [
      'The bodies were found in a wooded area of Prince Albert County, Virginia.',
      'Location:Prince Albert County',
    ],
    ['Flooding closed roads across King Oscar Island on Monday.', 'Location:King Oscar Island'],
  ])('a place named after a royal title keeps it: %s', (text, key) => {
    expect(entityKeys(run(text))).toContain(key);
  });

  it('a royal title before a person is still a title', () => {
    expect(entityKeys(run('Prince Tomas Varga met the prime minister in Lima.'))).toContain(
      'Person:Tomas Varga',
    );
  });

  it('"NYC" is New York, no body', () => {
    const keys = entityKeys(run('Hundreds gathered at the NYC cruise terminal on Saturday.'));
    expect(keys).toContain('Location:New York');
    expect(keys).not.toContain('Organization:NYC');
  });
});

describe('round 29, batch 6: capitals and cities the text names as such', () => {
  it('"in the capital, Niamey": a national capital (GeoNames PPLC) of a country the article names', () => {
    expect(relationKeys(run('Niger’s junta held him in his offices in the capital, Niamey.'))).toContain(
      'LOCATED_IN Niamey -> Niger',
    );
  });

  it('no capital named by the text, no such relation', () => {
    expect(relationKeys(run('Niger’s junta held him. Niamey was calm on Monday.'))).not.toContain(
      'LOCATED_IN Niamey -> Niger',
    );
  });

  it('"near the state capital, Culiacan": a gazetteer city after a place noun is a place', () => {
    expect(
      entityKeys(run('Officials in Sinaloa said gunmen attacked the state capital, Culiacan.')),
    ).toContain('Location:Culiacán');
  });

  it('"the Saudi Red Sea city of Jeddah": the sea is a sea, the city the country’s', () => {
    const r = run(
      'Saudi Arabia hosted the talks. Talks began in the Saudi Red Sea city of Jeddah on Saturday.',
    );
    expect(entityKeys(r)).toContain('Location:Red Sea');
    expect(entityKeys(r)).not.toContain('Location:Saudi Red Sea');
    expect(relationKeys(r)).toContain('LOCATED_IN Jeddah -> Saudi Arabia');
  });
});

describe('round 29, batch 7: the English names of subdivisions (Unicode CLDR)', () => {
  it.each([
    ['“It hurts,” Michoacán Governor Tomas Varga said on Monday.', 'HOLDS_ROLE Tomas Varga -> Michoacán'],
    ['Mexico said the Coahuila Governor Ana Ruiz resigned on Sunday.', 'HOLDS_ROLE Ana Ruiz -> Coahuila'],
  ])('%s', (text, key) => {
    expect(relationKeys(run(text))).toContain(key);
  });
});

describe('round 29, batch 8: who is sentenced, and the meeting named again', () => {
  it.each([
    'Peru ex-drug czar sentenced to over 38 years in US prison over cartel bribes',
    'Former trucking company owner, an Orbe Cartel member, sentenced with others for drug trafficking',
  ])('"%s": no country or gang is the one sentenced', (text) => {
    expect(eventKeys(text, '2024-05-10').filter((k) => k.startsWith('OTHER'))).toEqual([]);
  });

  it('a person or a company sentenced or pleading still is', () => {
    expect(eventKeys('Tomas Varga was sentenced on Wednesday to 38 years.', '2024-05-10')).toContain(
      'OTHER Tomas Varga 2024-05-08',
    );
  });

  it('"… decisions reached at the meeting": the one named joins the meeting told before', () => {
    const keys = eventKeys(
      'Tomas Varga, the bloc’s chairman, disclosed this at the end of the extraordinary meeting held in Lima on Sunday. ' +
        'In his opening remark, Ana Ruiz tasked the members to stand by all decisions reached at the meeting.',
      '2023-07-31',
    ).filter((k) => k.startsWith('MEETING'));
    expect(keys).toHaveLength(1);
    expect(keys[0]).toContain('Ana Ruiz');
  });
});

describe('round 29, batch 9: whose visit it is', () => {
  it('"X welcomed the delegation’s visit": no visit by the one who welcomes it', () => {
    expect(
      eventKeys('Tomas Varga welcomed the U.S. delegation’s visit on his X account.', '2024-05-10').filter(
        (k) => k.startsWith('VISIT'),
      ),
    ).toEqual([]);
  });

  it('"X praised Y’s visit to Lima": the visit is Y’s alone', () => {
    expect(
      eventKeys('Tomas Varga praised Ana Ruiz’s visit to Lima.', '2024-05-10').filter((k) =>
        k.startsWith('VISIT'),
      ),
    ).toEqual(['VISIT Ana Ruiz 2024-05']);
  });
});

describe('round 29, batch 10: a list of one government’s officials, and area advisers', () => {
  const text =
    'Foreign Minister Ana Ruiz welcomed U.S. Secretary of State Tomas Varga, Homeland Security Secretary Luis Kovar and White House Homeland Security Advisor Maria Sol ahead of their meeting.';

  it('"U.S. Secretary of State A, Homeland Security Secretary B": the list shares the first one’s country', () => {
    expect(relationKeys(run(text))).toContain('HOLDS_ROLE Luis Kovar -> United States');
  });

  it('"White House Homeland Security Advisor X": an adviser on an area, of the body before it', () => {
    expect(relationKeys(run(text))).toContain('HOLDS_ROLE Maria Sol -> White House');
  });

  it('heads of state listed together share no country', () => {
    expect(
      relationKeys(run('Chilean President Tomas Varga, President Luis Kovar and others met in Lima.')),
    ).not.toContain('HOLDS_ROLE Luis Kovar -> Chile');
  });
});

describe('round 29, batch 11: one of a country’s officials', () => {
  it('"Peruvian officials, including immigration director X": X’s post is Peru’s', () => {
    expect(
      relationKeys(
        run('Peruvian officials, including immigration director Tomas Varga, denied it. Peru said so.'),
      ),
    ).toContain('HOLDS_ROLE Tomas Varga -> Peru');
  });

  it('"local officials, including …" names no country', () => {
    expect(
      relationKeys(
        run('Local officials, including immigration director Tomas Varga, denied it. Peru said so.'),
      ),
    ).not.toContain('HOLDS_ROLE Tomas Varga -> Peru');
  });
});

describe('round 29, batch 12: a judge who announced the sentence, and then spoke', () => {
  it('"Judge X announced the sentence. … “…,” X said.": the sentencing, and X’s statement', () => {
    const keys = eventKeys(
      'Tomas Varga was sentenced on Wednesday to 38 years in prison. ' +
        'U.S. District Judge Luis Kovar announced the sentence at a hearing in Brooklyn. ' +
        '"You have the same kind of thuggishness as a cartel boss," Kovar said.',
      '2024-10-17',
    );
    expect(keys).toEqual(
      // (Since round 33 the judge's words, undated, are the news day's that the lead tells: the
      // day of the hearing, not the day of the report.)
      expect.arrayContaining(['OTHER Tomas Varga 2024-10-16', 'STATEMENT Luis Kovar 2024-10-16']),
    );
  });
});

describe('round 29, batch 13: the article’s country when it names no one’s bodies', () => {
  const peru = (extra: string): string =>
    'Peru commissioned a new destroyer on Tuesday. Peru said the ship was built in Peru. ' +
    'Peru plans more ships, and Peru will train crews. ' +
    extra +
    ' Defence Minister Tomas Varga said on Tuesday the ship would patrol the coast.';

  it('a country named four times or more, three times as often as any other: its minister', () => {
    expect(relationKeys(run(peru('Chile was not consulted.'), '2024-01-02'))).toContain(
      'HOLDS_ROLE Tomas Varga -> Peru',
    );
  });

  it('not when another country is named nearly as often', () => {
    expect(relationKeys(run(peru('Chile, Chile and Chile were not consulted.'), '2024-01-02'))).not.toContain(
      'HOLDS_ROLE Tomas Varga -> Peru',
    );
  });
});

describe('round 29, batch 14: titled names told with a nickname', () => {
  it('"Orbe Cartel co-founders Tomas “El Viejo” Varga and Luis “Flaco” Kovar": both members', () => {
    const keys = relationKeys(
      run('The men were loyal to Orbe Cartel co-founders Tomas “El Viejo” Varga and Luis “Flaco” Kovar.'),
    );
    expect(keys).toEqual(
      expect.arrayContaining(['MEMBER_OF Tomas Varga -> Orbe Cartel', 'MEMBER_OF Luis Kovar -> Orbe Cartel']),
    );
  });
});

describe('round 29, batch 15: the day an announcer gives dates the announcement and the act', () => {
  it('"Announcing the sanctions, X condemned …" then "…,” X stated on Tuesday": both on Tuesday', () => {
    const keys = eventKeys(
      'Peru has accused the Orbe Cartel of murder and imposed sanctions on its leader, Luis Kovar. ' +
        'Announcing the sanctions, Foreign Minister Tomas Varga condemned Kovar for his crimes. ' +
        '“The cartel has committed heinous acts,” Varga stated on Tuesday.',
      '2025-01-08',
    );
    expect(keys.find((k) => k.startsWith('STATEMENT Tomas Varga'))).toMatch(/ 2025-01-07$/);
    expect(keys.find((k) => k.startsWith('SANCTION'))).toMatch(/ 2025-01-07$/);
  });
});

describe('round 29, batch 16 (read from waves 57–60 after their fresh measure): objects that are no targets', () => {
  const opposes = (text: string): string[] => relationKeys(run(text)).filter((k) => k.startsWith('OPPOSES'));

  it.each([
    [
      'a speaker after the object and its comma',
      'The meeting focused on Peru’s efforts to crack down on fentanyl, Tomas Varga, a spokesperson for Mr. Kovar, told reporters.',
      'OPPOSES Peru -> Tomas Varga',
    ],
    [
      'the object of a reason’s gerund',
      'Tomas Varga criticized Chile for seizing President Ana Ruiz in Lima.',
      'OPPOSES Tomas Varga -> Ana Ruiz',
    ],
    [
      'a name that only owns the noun after it',
      'Hamas called the IDF’s actions “state terrorism,” accusing Israel of violating international law.',
      'OPPOSES IDF -> Israel',
    ],
    [
      'a purpose’s objects',
      'The package issued by Chile targets tankers used by Peru to bypass embargoes, aimed at funding its war against Bolivia.',
      'OPPOSES Chile -> Bolivia',
    ],
    [
      'a comparison’s objects',
      'Chile’s sanctions against Peru are more extensive than those of Bolivia and the European Union.',
      'OPPOSES Chile -> European Union',
    ],
  ])('%s', (_label, text, key) => {
    expect(opposes(text)).not.toContain(key);
  });

  it.each([
    [
      'an object renamed after its comma',
      'Chile in February sanctioned another major gang, Los Choneros.',
      'OPPOSES Chile -> Los Choneros',
    ],
    [
      'a state’s government acting',
      'Venezuela’s government blasted the move, accusing Washington of theft. The United States said nothing.',
      'OPPOSES Venezuela -> United States',
    ],
  ])('still: %s', (_label, text, key) => {
    expect(opposes(text)).toContain(key);
  });
});

describe('round 29, batch 17 (read from waves 57–60): asked or made possible, not done', () => {
  it('"X invited Y to Peru for an in-person meeting": no meeting', () => {
    expect(
      eventKeys(
        'Tomas Varga invited Ana Ruiz to Peru for an in-person meeting to take the partnership forward.',
      ).filter((k) => k.startsWith('MEETING')),
    ).toEqual([]);
  });

  it('"the listing allows for the seizure of property": no seizure', () => {
    expect(
      eventKeys('The listing allows for the seizure of property of the Orbe Cartel in Peru.').filter((k) =>
        k.startsWith('SEIZURE'),
      ),
    ).toEqual([]);
  });

  it('a meeting held still is one', () => {
    expect(
      eventKeys('Tomas Varga met Ana Ruiz in Lima on Monday.', '2025-07-02').filter((k) =>
        k.startsWith('MEETING'),
      ),
    ).toEqual(['MEETING Tomas Varga+Ana Ruiz 2025-06-30']);
  });
});

describe('round 29, batch 18 (read from wave 57): a body between a lower-case title and the name', () => {
  it.each([
    [
      '"the spokesman for the Peruvian Navy, X,": "for" names the body as "of" does',
      'The spokesman for the Peruvian Navy, Tomas Varga, said the ship sank.',
      'HOLDS_ROLE Tomas Varga -> Peruvian Navy',
    ],
    [
      '"the head of the Border Security Command X": one run, the body then the name',
      'He met the head of the Coastal Security Command Tomas Varga on Monday.',
      'HOLDS_ROLE Tomas Varga -> Coastal Security Command',
    ],
    [
      '"Peru\'s new head of the Coastal Security Command X": the body, not the country',
      'Earlier he visited the centre with Peru’s new head of the Coastal Security Command Tomas Varga, who will tackle gangs.',
      'HOLDS_ROLE Tomas Varga -> Coastal Security Command',
    ],
  ])('%s', (_label, text, key) => {
    expect(relationKeys(run(text))).toContain(key);
  });

  it('no person is made of the body and the name together', () => {
    expect(entityKeys(run('He met the head of the Coastal Security Command Tomas Varga on Monday.'))).toEqual(
      expect.arrayContaining(['Person:Tomas Varga', 'Organization:Coastal Security Command']),
    );
  });
});

describe('round 29, batch 20 (read from wave 57): a telephonic conversation, and a visitor received', () => {
  it('"held a telephonic conversation on Tuesday" is a call', () => {
    expect(
      eventKeys(
        'Defence Minister Tomas Varga and US Secretary of Defence Ana Ruiz held a telephonic conversation on Tuesday.',
        '2025-07-02',
      ),
    ).toContain('CALL Tomas Varga+Ana Ruiz 2025-07-01');
  });

  it('"X was received by King Y in Madrid" is a meeting; a letter received by one person is none', () => {
    expect(
      eventKeys(
        'The Peruvian president, Tomas Varga, was received by King Luis Kovar in Madrid on Wednesday.',
        '2024-01-25',
      ),
    ).toContain('MEETING Tomas Varga+Luis Kovar 2024-01-24');
    expect(
      eventKeys('The letter was received by President Ana Ruiz on Monday.', '2024-01-25').filter((k) =>
        k.startsWith('MEETING'),
      ),
    ).toEqual([]);
  });
});

describe('round 30, batch 1 (read from waves 49 and 59): a group named only by context holds its spokesman', () => {
  it('"Zarqan spokesman X", the group typed by another sentence: the spokesman holds a role there', () => {
    const out = run(
      'The Zarqan group claimed the attack. Zarqan spokesman Tomas Varga said the group would fight on.',
    );
    expect(relationKeys(out)).toContain('HOLDS_ROLE Tomas Varga -> Zarqan');
  });

  it('"Zarqan spokesman Brig. Gen. X": the post before the rank is the group\'s, and the role is the post', () => {
    const out = run(
      'The Zarqan group claimed the attack. Zarqan spokesman Brig. Gen. Tomas Varga said the group would fight on.',
    );
    const role = out.relations.find((r) => r.type === 'HOLDS_ROLE' && r.from === 'Tomas Varga');
    expect(role).toMatchObject({ to: 'Zarqan', role: 'spokesman' });
  });

  it('"spokesman Big. Gen. X": an ordinary word cut off at the end of a sentence is no person', () => {
    const out = run(
      'The Zarqan group claimed the attack. Zarqan spokesman Big. Gen. Tomas Varga said the group would fight on.',
    );
    expect(entityKeys(out)).not.toContain('Person:Big');
    expect(entityKeys(out)).toContain('Person:Tomas Varga');
  });
});

describe('round 30, batch 2 (read from wave 51): a counterpart named with her own title', () => {
  it('"his Peruvian counterpart, Foreign Minister X": the title between does not hide the counterpart', () => {
    const out = run(
      'Foreign Minister Tomas Varga visited Peru on Monday and met his Peruvian counterpart, Foreign Minister Ana Ruiz, for talks.',
    );
    expect(relationKeys(out)).toContain('HOLDS_ROLE Ana Ruiz -> Peru');
  });

  it('a title no government shares ("counterpart, Secretary of State X") still gets no country', () => {
    const out = run(
      'Foreign Minister Tomas Varga visited Peru on Monday and met his Peruvian counterpart, Secretary of State Ana Ruiz, for talks.',
    );
    expect(relationKeys(out)).not.toContain('HOLDS_ROLE Ana Ruiz -> Peru');
  });
});

describe('round 30, batch 3 (read from wave 48): a plural title over a list of three names', () => {
  it('"before judges A, B and C at the X Court": every judge listed sits on that court', () => {
    const keys = relationKeys(
      run(
        'Kovar appeared before judges Tomas Varga, Ana Ruiz and Luis Kovarik at the Lima Criminal Court on Thursday.',
      ),
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        'HOLDS_ROLE Tomas Varga -> Lima Criminal Court',
        'HOLDS_ROLE Ana Ruiz -> Lima Criminal Court',
        'HOLDS_ROLE Luis Kovarik -> Lima Criminal Court',
      ]),
    );
  });

  it('a list that does not end with "and" is no list of the title\'s holders', () => {
    const keys = entityKeys(run('The judges Tomas Varga, Lima Criminal Court, said nothing.'));
    expect(keys).not.toContain('Person:Lima Criminal Court');
  });
});

describe('round 30, batch 4 (read from waves 44, 52 and 55): membership of a cartel told around a nickname or a founding', () => {
  it.each([
    [
      '"X, known as “El Gato,” was one of the Y Cartel\'s “lead sicarios”"',
      'Tomas Varga Ruiz, known as "El Gato," was one of the Zeta Cartel\'s "lead sicarios."',
      'MEMBER_OF Tomas Varga Ruiz -> Zeta Cartel',
    ],
    [
      '"X, who goes by the alias “El Gato” and is the alleged leader of the Y Cartel"',
      'Tomas Varga Ruiz, who goes by the alias "El Gato" and is the alleged leader of the Zeta Cartel, was arrested.',
      'MEMBER_OF Tomas Varga Ruiz -> Zeta Cartel',
    ],
    [
      '"the Y Cartel once led by X"',
      'Officials said the bribes came from the Zeta Cartel once led by Tomas Varga Ruiz.',
      'MEMBER_OF Tomas Varga Ruiz -> Zeta Cartel',
    ],
    [
      '"X, 77, cofounded the Y Cartel with …": the founder, past his age',
      'Luis Kovar Diaz, 77, cofounded the Zeta Cartel with notorious drug kingpin Tomas Varga Ruiz.',
      'MEMBER_OF Luis Kovar Diaz -> Zeta Cartel',
    ],
    [
      '"… cofounded the Y Cartel with notorious drug kingpin X": the partner',
      'Luis Kovar Diaz, 77, cofounded the Zeta Cartel with notorious drug kingpin Tomas Varga Ruiz.',
      'MEMBER_OF Tomas Varga Ruiz -> Zeta Cartel',
    ],
    [
      '"X, the number two of the Y Cartel"',
      'Tomas Varga Ruiz, the number two of the Zeta Cartel, was arrested.',
      'MEMBER_OF Tomas Varga Ruiz -> Zeta Cartel',
    ],
  ])('%s', (_label, text, key) => {
    expect(relationKeys(run(text))).toContain(key);
  });

  it('a cartel founded with money, or a person met with after it, is no partner in it', () => {
    const keys = relationKeys(
      run('Luis Kovar Diaz met the Zeta Cartel with Tomas Varga Ruiz present, officials said.'),
    );
    expect(keys).not.toContain('MEMBER_OF Tomas Varga Ruiz -> Zeta Cartel');
  });
});

describe("round 30, batch 5 (read from wave 59): a place's initials are that place", () => {
  it('"Papua New Guinea … PNG Prime Minister X": the letters are the place, not a body', () => {
    const out = run(
      'The ship arrived in Papua New Guinea on Monday. PNG Prime Minister Tomas Varga welcomed it.',
    );
    expect(entityKeys(out)).not.toContain('Organization:PNG');
    expect(relationKeys(out)).toContain('HOLDS_ROLE Tomas Varga -> Papua New Guinea');
  });

  it('letters two places named share stay what they were', () => {
    const out = run('Officials from South Africa and Saudi Arabia met. SA Minister Tomas Varga spoke.');
    expect(relationKeys(out)).not.toContain('HOLDS_ROLE Tomas Varga -> South Africa');
    expect(relationKeys(out)).not.toContain('HOLDS_ROLE Tomas Varga -> Saudi Arabia');
  });
});

describe('round 30, batch 6 (read from waves 44, 46, 47 and 56): a place told with a few words between it and its country', () => {
  it.each([
    [
      '"Peru\'s southern Arequipa region"',
      "Troops were sent to Peru's southern Arequipa region on Monday.",
      'LOCATED_IN Arequipa -> Peru',
    ],
    [
      '"Peru\'s remote region of X": the unit noun says so',
      "Ana Ruiz governs Peru's remote region of Zarqania.",
      'LOCATED_IN Zarqania -> Peru',
    ],
    ['"Peru\'s main port Callao"', "Peru's main port Callao was closed.", 'LOCATED_IN Callao -> Peru'],
    [
      '"Cusco, a city in southern Peru"',
      'He was born in Cusco, a city in southern Peru.',
      'LOCATED_IN Cusco -> Peru',
    ],
  ])('%s', (_label, text, key) => {
    expect(relationKeys(run(text))).toContain(key);
  });

  it('words that are not a place\'s ("Israel\'s southern Gaza attack", "Lima, a city like Bogota") place nothing', () => {
    expect(relationKeys(run("Israel's southern Gaza attack killed ten."))).not.toContain(
      'LOCATED_IN Gaza -> Israel',
    );
    expect(relationKeys(run('He flew from Lima, a city like Bogota, to Quito.'))).toEqual([]);
  });
});

describe('round 30, batch 7 (read from waves 47, 48 and 59): a city\'s state in brackets, ", in" a country, a port in a country', () => {
  it.each([
    [
      '"Dallas (Texas)"',
      'The suspects were flown to Dallas (Texas) on Friday.',
      'LOCATED_IN Dallas -> Texas',
    ],
    [
      '"the port of Callao, in Peru,"',
      'A container arrived from the port of Callao, in Peru, on Monday.',
      'LOCATED_IN Callao -> Peru',
    ],
    [
      '"X port in Peru"',
      'The ship anchored near Paita port in Peru on Thursday.',
      'LOCATED_IN Paita -> Peru',
    ],
  ])('%s', (_label, text, key) => {
    expect(relationKeys(run(text))).toContain(key);
  });

  it('", in" before no place, or a state in brackets after a state, places nothing', () => {
    expect(relationKeys(run("He met officials in Lima, in a meeting with Peru's president."))).not.toContain(
      'LOCATED_IN Lima -> Peru',
    );
    expect(relationKeys(run('Voters in Texas (California) were asked.'))).toEqual([]);
  });
});

describe('round 30, batch 8 (read from dev-open and waves 53 and 57): a minister in an article about one country and the United States', () => {
  const story = (title: string, third = ''): string =>
    `Peru and the United States agreed on Tuesday to share border data${third}. ${title} Ana Ruiz met officials in Washington. The United States will send advisers to Peru${third ? ' and Chile' : ''} next month.`;

  it('"Foreign Affairs Minister X": the U.S. has no ministers, so she is the other country\'s', () => {
    expect(relationKeys(run(story('Foreign Affairs Minister')))).toContain('HOLDS_ROLE Ana Ruiz -> Peru');
  });

  it('not a prime minister (as often the guest), nor when a third country is named as often', () => {
    expect(relationKeys(run(story('Prime Minister')))).not.toContain('HOLDS_ROLE Ana Ruiz -> Peru');
    expect(relationKeys(run(story('Foreign Affairs Minister', ' with Chile')))).not.toContain(
      'HOLDS_ROLE Ana Ruiz -> Peru',
    );
  });
});

describe('round 30, batch 9 (read from waves 47, 50, 52 and 53): a seat of government that acts is the office it houses', () => {
  it.each([
    [
      '"White House press secretary X"',
      'The arrest was hailed by White House press secretary Ana Ruiz on Monday.',
    ],
    [
      '"White House Homeland Security Advisor, X"',
      'Kovar was accompanied by White House Homeland Security Advisor, Ana Ruiz.',
    ],
    [
      '"The White House confirmed the move"',
      'The tariffs were put on hold for a month. The White House confirmed the move.',
    ],
  ])('%s', (_label, text) => {
    const keys = entityKeys(run(text));
    expect(keys).toContain('Organization:White House');
    expect(keys).not.toContain('Location:White House');
  });

  it('"Downing Street did not deny …" is the office; "walked down Downing Street" the street', () => {
    expect(entityKeys(run('Downing Street did not deny the report on Monday.'))).toContain(
      'Organization:Downing Street',
    );
    expect(entityKeys(run('They walked down Downing Street on Monday.'))).toContain(
      'Location:Downing Street',
    );
  });
});

describe('round 30, batch 10 (read from waves 45 and 60): who designated, when no body stands before the verb', () => {
  it('"The Peruvian government has officially listed the X gang as a terrorist entity": the demonym\'s country', () => {
    const out = run(
      'Peru acted on Monday. The Peruvian government has officially listed the Zarqan gang as a terrorist entity under its criminal code.',
    );
    expect(relationKeys(out)).toContain('DESIGNATED Peru -> Zarqan Gang');
  });

  it('"an order issued by Peruvian President X that designated …": the head of state\'s country', () => {
    const out = run(
      'Peru acted on Monday. The charges follow an order issued by Peruvian President Tomas Varga that designated the Zarqan Cartel as a terrorist organization.',
    );
    expect(relationKeys(out)).toContain('DESIGNATED Peru -> Zarqan Cartel');
  });

  it('"the Varga administration designated …": an administration says not whose', () => {
    const out = run(
      'Peru acted on Monday. President Tomas Varga spoke. The Varga administration designated the Zarqan Cartel as a terrorist organization.',
    );
    expect(relationKeys(out).filter((k) => k.startsWith('DESIGNATED'))).toEqual([]);
  });
});

describe('round 30, batch 11 (read from wave 46): a name, its body, a say-verb', () => {
  it('"…,” Zorvan Kallistra of the Finnish Border Guard said": a person, and a member of the body', () => {
    const out = run(
      '"The anchor was missing," Zorvan Kallistra of the Finnish Border Guard said at a news conference.',
    );
    expect(entityKeys(out)).toContain('Person:Zorvan Kallistra');
    expect(relationKeys(out)).toContain('MEMBER_OF Zorvan Kallistra -> Finnish Border Guard');
  });

  it('"X, who heads the Y, said": the post the verb names', () => {
    const out = run('Tomas Varga, who heads the Finnish Border Guard, said the ship was stopped.');
    expect(relationKeys(out)).toContain('HOLDS_ROLE Tomas Varga -> Finnish Border Guard');
  });

  it('a place after "of" is no body the person belongs to', () => {
    expect(relationKeys(run('Tomas Varga of Texas said the ship was stopped.'))).toEqual([]);
  });
});

describe('round 30, batch 12 (read from waves 43, 45 and 59): a body a country owns keeps the form the article wrote', () => {
  it('"Peru\'s Foreign Ministry" is an alias of the Peruvian Foreign Ministry', () => {
    const out = run("Peru's Foreign Ministry said Peru was informed. The Foreign Ministry added more.");
    const ministry = out.entities.find((e) => e.type === 'Organization');
    expect(ministry?.aliases).toContain("Peru's Foreign Ministry");
  });
});

describe('round 30, batch 13 (read from waves 47, 50, 53 and 62): offices only the U.S. government has under that name', () => {
  it('"Secretary of State X" in an article that names the United States, with no State Department', () => {
    const out = run(
      'Secretary of State Tomas Varga met officials in Lima. The United States will help Peru.',
    );
    expect(relationKeys(out)).toContain('HOLDS_ROLE Tomas Varga -> United States');
  });

  it('not a "Defense Secretary" (the Philippines has one too), nor without the United States named', () => {
    expect(
      relationKeys(
        run('Defense Secretary Tomas Varga met officials in Lima. The United States will help Peru.'),
      ),
    ).not.toContain('HOLDS_ROLE Tomas Varga -> United States');
    expect(relationKeys(run('Secretary of State Tomas Varga met officials in Lima on Monday.'))).toEqual([]);
  });
});

describe('round 30, batch 14 (read from waves 44, 49, 55 and 59): more ways an article cites an outlet', () => {
  it.each([
    [
      '"in an exclusive conversation with X"',
      'In an exclusive conversation with Lima Daily News in October, Varga said more.',
    ],
    ['"speaking to X"', 'Witnesses, speaking to Lima Daily News, confirmed the explosions.'],
    ['"X was told"', 'Lima Daily News was told the raids hit a base.'],
    [
      '"as seen by an X journalist"',
      'The convoy crossed the border, as seen by a Lima Daily News journalist on Tuesday.',
    ],
    ['"as per X"', 'Peru vowed to challenge the seizure, as per Lima Daily News.'],
  ])('%s', (_label, text) => {
    expect(entityKeys(run(text))).toContain('Organization:Lima Daily News');
  });

  it("a dateline's outlet is still no citation", () => {
    expect(entityKeys(run('LIMA (Lima Daily News) - A gang leader will stand trial.'))).not.toContain(
      'Organization:Lima Daily News',
    );
  });
});

describe("round 30, batch 15 (read from waves 43, 49 and 53): a capital's or a country's body written in lower case", () => {
  it.each([
    [
      '"Lima\'s defense ministry said": a capital in the possessive stands for its government',
      "Lima's defense ministry said the drills would go ahead.",
      'Peruvian Ministry of Defense',
    ],
    ['"Peru\'s coastguard" (one word)', "Peru's coastguard said it acted lawfully.", 'Peruvian Coastguard'],
    [
      '"Peru\'s presidential office"',
      "Peru's presidential office condemned the drills.",
      'Peruvian Presidential Office',
    ],
  ])('%s', (_label, text, name) => {
    expect(entityKeys(run(text))).toContain(`Organization:${name}`);
  });

  it('a capital\'s other nouns are no body ("Lima\'s mayor")', () => {
    expect(
      entityKeys(run("Lima's mayor said the streets were calm.")).filter((k) => k.startsWith('Organization')),
    ).toEqual([]);
  });
});

describe('round 30, batch 16 (read from wave 61): a designation names what the group is designated', () => {
  it('"Peru is also designating a network of Zarqan Cartel associates": no DESIGNATED of the cartel', () => {
    const out = run(
      'Peru is also designating a regional network of Zarqan Cartel associates and businesses based in Lima.',
    );
    expect(relationKeys(out).filter((k) => k.startsWith('DESIGNATED'))).toEqual([]);
  });

  it('"Peru designated the Zarqan Cartel as a terrorist organization" still is one', () => {
    const out = run('Peru designated the Zarqan Cartel as a terrorist organization on Monday.');
    expect(relationKeys(out)).toContain('DESIGNATED Peru -> Zarqan Cartel');
  });
});

describe('round 31, batch 1 (read from waves 43–64): a named speaker praising, thanking or criticizing makes a statement', () => {
  it.each([
    ['praised', 'Interior Minister Tomas Varga praised the police for the arrests on Monday.'],
    ['applauded', 'Security chief Tomas Varga applauded the arrest on Monday.'],
    ['thanked', 'President Tomas Varga thanked the rescue teams on Monday.'],
    ['slammed', 'Army chief Tomas Varga slammed the actions of the coast guard on Monday.'],
    ['"also praised"', 'Tomas Varga also praised the Peruvian authorities on Monday.'],
    ['"has expressed"', 'Governor Tomas Varga has expressed deep grief over the deaths on Monday.'],
    ['"publicly denied there was"', 'Tomas Varga publicly denied there was any such deal on Monday.'],
    ['"offered his condolences"', 'Tomas Varga offered his condolences to the families on Monday.'],
  ])('%s', (_label, text) => {
    expect(eventKeys(text, '2025-03-04').filter((k) => k.startsWith('STATEMENT'))).toEqual([
      'STATEMENT Tomas Varga 2025-03-03',
    ]);
  });

  it.each([
    ['a pronoun is no speaker the rule names', 'He praised the police for the arrests.'],
    ['"denied" a request is no statement', 'Tomas Varga denied the request for bail.'],
    ['"praised by"', 'Tomas Varga was praised by the police.'],
  ])('%s', (_label, text) => {
    expect(eventKeys(text, '2025-03-04').filter((k) => k.startsWith('STATEMENT'))).toEqual([]);
  });
});

describe('round 31, batch 1: what a stance is about ends at the comma', () => {
  it('"X praised relations, reflected in Y\'s visit": Y takes no part in the statement', () => {
    const keys = eventKeys(
      "Tomas Varga praised relations with Peru, reflected in President Luis Kovar's visit to Lima on May 2.",
      '2025-05-10',
    );
    expect(keys.filter((k) => k.startsWith('STATEMENT'))).toEqual(['STATEMENT Tomas Varga+Peru 2025-05-10']);
  });
});

describe('round 31, batch 2 (read from waves 50 and 62): a vessel destroyed or blown up was struck', () => {
  it.each([
    [
      '"destroyed a … vessel"',
      'The Peruvian Navy destroyed a Chilean vessel allegedly carrying drugs on Monday, killing three people.',
      'STRIKE Peruvian Navy 2025-03-03',
    ],
    [
      '"blew up an alleged drug boat"',
      'The Chilean Navy blew up an alleged drug boat off the coast on Monday, killing 11 people.',
      'STRIKE Chilean Navy 2025-03-03',
    ],
  ])('%s', (_label, text, key) => {
    expect(eventKeys(text, '2025-03-04').filter((k) => k.startsWith('STRIKE'))).toEqual([key]);
  });

  it.each([
    ['drugs destroyed are no strike', 'The Peruvian Navy destroyed three tons of seized drugs on Monday.'],
    [
      'a threat to destroy boats is none',
      'Tomas Varga threatened to destroy any boat entering Peruvian waters.',
    ],
  ])('%s', (_label, text) => {
    expect(eventKeys(text, '2025-03-04').filter((k) => k.startsWith('STRIKE'))).toEqual([]);
  });
});

describe('round 31, batch 3 (read from waves 65–68): whom a condemned act hit is not whom the condemnation is against', () => {
  it.each([
    [
      '"condemns Chilean strike on Zarqan officials"',
      'Peru condemns Chilean strike on Zarqan Cartel officials in Lima',
    ],
    [
      '"condemned the strike as a violation of Bolivia\'s sovereignty"',
      "Peru condemned the strike as a gross violation of international law and Bolivia's sovereignty.",
    ],
    ['"criticized the attack on Bolivia"', 'Peru criticized the attack on Bolivia on Monday.'],
  ])('%s', (_label, text) => {
    expect(relationKeys(run(text)).filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });

  it('"condemned Chile\'s attack on Bolivia" still opposes the attacker', () => {
    expect(relationKeys(run("Peru condemned Chile's attack on Bolivia."))).toContain('OPPOSES Peru -> Chile');
  });
});

describe('round 31, batch 4 (read from waves 43, 50 and 65–68): "the deployment" talked about is no deployment by the speaker', () => {
  it.each([
    ['a ruling on it', 'Judge Ana Ruiz ruled that the deployment violated the law.'],
    [
      'a debate over it',
      "Judge Ana Ruiz's order comes amid a debate over when the deployment of troops is appropriate in Peru.",
    ],
    ['a description of it', 'Tomas Varga described the U.S. deployment as a criminal operation.'],
  ])('%s', (_label, text) => {
    expect(eventKeys(text, '2025-03-04').filter((k) => k.startsWith('DEPLOYMENT'))).toEqual([]);
  });

  it.each([
    [
      '"X\'s deployment of troops" is one',
      "Officials have been watching the Peruvian Army's deployment of thousands of troops to the border.",
      'DEPLOYMENT Peruvian Army 2025-03',
    ],
    [
      '"departed … for a scheduled deployment" is one',
      'The USS Zarqan departed Lima on March 1 for a scheduled deployment.',
      'DEPLOYMENT USS Zarqan 2025-03-01',
    ],
  ])('%s', (_label, text, key) => {
    expect(eventKeys(text, '2025-03-04').filter((k) => k.startsWith('DEPLOYMENT'))).toEqual([key]);
  });
});

describe('round 31, batch 5 (read from waves 47, 60, 62 and 68): "this announcement" points back at a statement', () => {
  it('"This announcement comes after X visited Y" is no statement of X', () => {
    const keys = eventKeys(
      "This announcement comes shortly after Foreign Minister Tomas Varga visited Peru's border with Chile.",
      '2025-03-04',
    );
    expect(keys.filter((k) => k.startsWith('STATEMENT'))).toEqual([]);
  });

  it.each([
    ['"made the announcement Friday"', 'Foreign Minister Tomas Varga made the announcement Friday.'],
    [
      '"in an announcement"',
      'In an announcement on Friday, Foreign Minister Tomas Varga said the talks had ended.',
    ],
  ])('%s still is one', (_label, text) => {
    expect(eventKeys(text, '2025-03-04').filter((k) => k.startsWith('STATEMENT'))).toEqual([
      'STATEMENT Tomas Varga 2025-02-28',
    ]);
  });
});

describe('round 31, batch 6: a weekday in an opening phrase takes the tense of the clause it opens', () => {
  it.each([
    [
      '"On Friday, X met Y, who will visit …": the meeting was last Friday',
      'On Friday, Foreign Minister Tomas Varga met Luis Kovar, who will visit Lima next month.',
      'MEETING Tomas Varga+Luis Kovar 2025-02-28',
    ],
    [
      '"In an announcement on Friday, X said the plan would go ahead": the statement was last Friday',
      'In an announcement on Friday, Foreign Minister Tomas Varga said the plan would go ahead.',
      'STATEMENT Tomas Varga 2025-02-28',
    ],
  ])('%s', (_label, text, key) => {
    expect(eventKeys(text, '2025-03-04')).toContain(key);
  });

  it('"On Friday, X will travel to Lima": a plan keeps the coming Friday', () => {
    const out = run('On Friday, Minister Tomas Varga will travel to Lima.', '2025-03-04');
    expect(out.events.find((e) => e.type === 'VISIT')?.date).toBe('2025-03-07');
  });
});

describe('round 31, batch 7 (read from waves 66 and 68): an act suffered, and a name a naming verb names, act on no one', () => {
  it('"as Peru, hit by Western sanctions, seeks partners … dominated by Chile": Peru opposes no one', () => {
    const out = run(
      'Tomas Varga has made a series of visits to Bolivia as Peru, hit by Western sanctions, seeks new partners in a region no longer dominated by Chile.',
    );
    expect(relationKeys(out).filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });

  it('"described Peru as a sponsor of terrorism, alleging … operations against Chile": Peru is described', () => {
    const out = run(
      'The statement described Peru as the leading sponsor of terrorism, alleging that its support enabled the groups to plan attacks, including operations against Chile.',
    );
    expect(relationKeys(out).filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });

  it('a subject that imposes sanctions still opposes their target', () => {
    expect(relationKeys(run('Peru imposed sanctions on Chile on Monday.'))).toContain(
      'OPPOSES Peru -> Chile',
    );
  });
});

describe('round 33 (read from waves 84, 87 and 88): a place that modifies a name is not the one acted against', () => {
  it.each([
    ['a country before an acronym', 'US sanctions Sudan RSF commander over human rights abuses.'],
    ['a country before a group written in capitals', 'The U.S. Treasury sanctioned Chile CJNG leaders.'],
    [
      "a possessive country before its group's longer description",
      'Prime Minister Ben Adler accused Bolivia’s Iran-backed militia Kataib Norte of kidnapping a researcher.',
    ],
  ])('%s', (_label, text) => {
    const keys = relationKeys(run(text)).filter((k) => k.startsWith('OPPOSES'));
    expect(keys.filter((k) => /-> (?:Sudan|Chile|Bolivia)$/.test(k))).toEqual([]);
  });

  it('a country that is the object still is', () => {
    expect(relationKeys(run('Russia attacked Ukraine on Monday with drones.'))).toContain(
      'OPPOSES Russia -> Ukraine',
    );
  });
});

describe('round 33: a statement with no date of its own was made on the day the lead says the news was', () => {
  const statementDate = (text: string, publishedAt: string, who: string): string | null | undefined =>
    run(text, publishedAt).events.find((e) => e.type === 'STATEMENT' && e.participants.includes(who))?.date;

  it('"… said on Monday they detained X" in a Tuesday paper: a quote later that day is Monday\'s', () => {
    const text =
      'Police detain former minister\n' +
      "Peru's national police said on Monday they detained a former security minister on drug charges.\n" +
      'The arrest followed a request from Chile.\n' +
      '“It is a milestone for our country,” police director Tomas Varga said.';
    expect(statementDate(text, '2025-06-24', 'Tomas Varga')).toBe('2025-06-23');
  });

  it('a lead that tells the publication day keeps it, whatever earlier day comes next', () => {
    const text =
      'Ministers to meet\n' +
      "Peru's foreign minister said Tuesday that he would meet his Chilean counterpart on Wednesday.\n" +
      'The president raised tensions on Sunday by saying the border would close.\n' +
      'Foreign Minister Tomas Varga told reporters in Lima that he had requested the meeting.';
    expect(statementDate(text, '2026-01-13', 'Tomas Varga')).toBe('2026-01-13');
  });

  it('a lead that also says "today" leaves the publication day', () => {
    const text =
      'Fugitive captured\n' +
      'The manhunt for the fugitive came to an end on Thursday night. Authorities confirmed today ' +
      'the arrest of Tomas Varga.\n' +
      '“This is a huge day,” police director Luis Kovar said.';
    expect(statementDate(text, '2026-01-23', 'Luis Kovar')).toBe('2026-01-23');
  });

  it('a lead with no day leaves the publication day', () => {
    const text =
      'Police detain former minister\n' +
      "Peru's national police have detained a former security minister on drug charges.\n" +
      '“It is a milestone for our country,” police director Tomas Varga said.';
    expect(statementDate(text, '2025-06-24', 'Tomas Varga')).toBe('2025-06-24');
  });
});

describe('round 33: whose officer someone is takes no part in what the officer does', () => {
  it('"X, President Y’s new foreign minister, met Z": Y is no party to the meeting', () => {
    const out = run(
      "Tomas Varga, President Ana Ruiz’s new foreign minister, met Chile's foreign minister Luis Kovar on Tuesday.",
      '2025-01-22',
    );
    const meeting = out.events.find((e) => e.type === 'MEETING');
    expect(meeting?.participants).toEqual(['Tomas Varga', 'Luis Kovar']);
  });
});

describe('round 34, batch 1: lists of a country’s officials, and joined departments', () => {
  const list =
    'Chilean officials present were Interior Secretary Tomas Varga, Presidential Office Secretary ' +
    'Luis Kovar, Public Works and Highways Secretary Ana Ruiz, and Finance Secretary Pedro Sala. ' +
    'Chile said so.';

  it('"Chilean officials present were A, B and C": each one’s post is Chile’s', () => {
    const keys = relationKeys(run(list));
    expect(keys).toContain('HOLDS_ROLE Tomas Varga -> Chile');
    expect(keys).toContain('HOLDS_ROLE Ana Ruiz -> Chile');
    expect(keys).toContain('HOLDS_ROLE Pedro Sala -> Chile');
  });

  it('a name after the list’s end is no one of its officials', () => {
    const keys = relationKeys(
      run('Chilean officials were at the talks with Finance Secretary Pedro Sala. Chile said so.'),
    );
    expect(keys).not.toContain('HOLDS_ROLE Pedro Sala -> Chile');
  });

  it('"Public Works and Highways Secretary X": the whole joined department is the title', () => {
    const roles = run(list).relations.map((r) => `${r.from}: ${r.role ?? ''}`);
    expect(roles).toContain('Ana Ruiz: Public Works and Highways Secretary');
  });

  it('"Foreign Affairs and Trade Minister X" keeps its country', () => {
    const out = run('Peruvian Foreign Affairs and Trade Minister Tomas Varga spoke in Lima, Peru.');
    expect(out.relations.map((r) => `${r.from} -> ${r.to}: ${r.role ?? ''}`)).toContain(
      'Tomas Varga -> Peru: Foreign Affairs and Trade Minister',
    );
  });
});

describe('round 34, batch 2: whose firms are sanctioned, who represents a country, joint forums', () => {
  it('"an action targeting Moscow’s main oil producers" opposes the producers, not Moscow', () => {
    const keys = relationKeys(
      run('Trump approved a sweeping Treasury action targeting Moscow’s main oil producers.'),
    );
    expect(keys.filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });

  it('"the U.S. sanctioned Russia" still opposes Russia', () => {
    expect(relationKeys(run('The United States sanctioned Russia in May.'))).toContain(
      'OPPOSES United States -> Russia',
    );
  });

  it('"Chile was represented by A and B": their posts are Chile’s', () => {
    const keys = relationKeys(
      run(
        'Chile was represented by National Security Adviser Tomas Varga and Finance Minister Luis Kovar. ' +
          'Peru sent no one.',
      ),
    );
    expect(keys).toContain('HOLDS_ROLE Tomas Varga -> Chile');
    expect(keys).toContain('HOLDS_ROLE Luis Kovar -> Chile');
  });

  it('"the NATO-Ukraine Council" is one body, not a council of Ukraine', () => {
    const out = run('The NATO-Ukraine Council met in Brussels on Tuesday.', '2025-02-12');
    expect(entityKeys(out)).toContain('Organization:NATO-Ukraine Council');
    expect(relationKeys(out)).not.toContain('PART_OF Ukraine Council -> Ukraine');
  });
});

describe('round 34, batch 3: when a saying was made, and meetings told again', () => {
  it('"X will meet Y on Tuesday …, the ministry said": the saying is not dated Tuesday', () => {
    const keys = eventLines(
      'President Tomas Varga will meet with special envoy Luis Kovar in Lima on Tuesday afternoon to discuss the plan, ' +
        'the Foreign Ministry said.',
      '2025-12-01',
    );
    expect(keys).toContain('MEETING [Tomas Varga, Luis Kovar] 2025-12-02');
    expect(keys).toContain('STATEMENT [Ministry of Foreign Affairs] 2025-12-01');
  });

  it('"“The meeting with Y is planned for tomorrow,” Z said": the meeting already told, not another', () => {
    const keys = eventLines(
      'President Tomas Varga will meet with special envoy Luis Kovar in Lima on Tuesday afternoon. ' +
        '“The meeting with Kovar is planned for tomorrow,” spokesman Pedro Sala told reporters on Monday.',
      '2025-12-01',
    ).filter((k) => k.startsWith('MEETING'));
    expect(keys).toEqual(['MEETING [Tomas Varga, Luis Kovar] 2025-12-02']);
  });

  it('"X announced an exchange, which will take place …": the announcement was made', () => {
    const keys = eventLines(
      'President Tomas Varga announced the beginning of a prisoner exchange, which will take place over the coming days.',
      '2025-06-09',
    );
    expect(keys).toContain('STATEMENT [Tomas Varga] 2025-06-09');
  });

  it('"X will announce the results": a saying still to come has no date', () => {
    const keys = eventLines('President Tomas Varga will announce the results of the talks.', '2025-06-09');
    expect(keys.filter((k) => k.startsWith('STATEMENT') && !k.endsWith('null'))).toEqual([]);
  });

  it('"X expressed hope that the agreements reached during the meeting in Istanbul …": X met no one', () => {
    const out = run(
      'President Tomas Varga expressed hope that the agreements reached during the meeting in Istanbul will be kept.',
      '2025-06-09',
    );
    expect(out.events.filter((e) => e.type === 'MEETING')).toEqual([]);
    expect(out.events.find((e) => e.type === 'STATEMENT')?.location ?? null).toBeNull();
  });
});

describe('round 34, batch 4: calls told again, dual offices, a group’s military spokesman', () => {
  it('"In a call …, X thanked Y for … “… throughout Gaza,” Washington said": no place or teller joins the call', () => {
    const keys = eventLines(
      'In a separate call with his Chilean counterpart on Tuesday, Tomas Varga thanked him for “the release of ' +
        'hostages and the ceasefire, as well as aid deliveries throughout Gaza,” Washington said.',
      '2025-01-29',
    ).filter((k) => k.startsWith('CALL'));
    expect(keys).toEqual(['CALL [Tomas Varga] 2025-01-28']);
  });

  it('"X thanked Y during the telephone conversation": the call told the sentence before, and its day', () => {
    const keys = eventLines(
      'Secretary of State Tomas Varga on Tuesday stressed to Chilean Foreign Minister Luis Kovar the need to ' +
        'hold the group responsible. Varga thanked Kovar during the telephone conversation for his efforts.',
      '2025-01-29',
    );
    expect(keys).toContain('CALL [Tomas Varga, Luis Kovar] 2025-01-28');
  });

  it('"Qatari Prime Minister and Foreign Minister X": one person holding both offices of Qatar', () => {
    const out = run('Qatari Prime Minister and Foreign Minister Tomas Varga met envoys in Doha, Qatar.');
    expect(out.relations.map((r) => `${r.from} -> ${r.to}: ${r.role ?? ''}`)).toContain(
      'Tomas Varga -> Qatar: Prime Minister and Foreign Minister',
    );
  });

  it('"the Prime Minister and Foreign Minister X" with no country before them stays one office', () => {
    const out = run('The Prime Minister and Foreign Minister Tomas Varga met envoys in Doha, Qatar.');
    expect(out.relations.map((r) => r.role ?? '')).not.toContain('Prime Minister and Foreign Minister');
  });

  it('"Houthi military spokesman X": the spokesman of the Houthis', () => {
    const keys = relationKeys(
      run(
        "Yemen's Houthi rebels attacked a ship on Sunday. Houthi military spokesman Tomas Varga said the ship was hit.",
      ),
    );
    expect(keys).toContain('HOLDS_ROLE Tomas Varga -> Houthi');
  });
});

describe('round 34, batch 5: an attack on, strikes against, and the group as its fighters are called', () => {
  it('"Russia launched a massive attack on Ukraine": Russia acts against Ukraine', () => {
    expect(relationKeys(run('Russia launched a massive attack on Ukraine overnight.'))).toContain(
      'OPPOSES Russia -> Ukraine',
    );
  });

  it('"a series of US airstrikes against Houthi rebels": the U.S. against the Houthis, so called', () => {
    const out = run(
      'The deployment coincides with a series of US airstrikes against Houthi rebels in Yemen.',
    );
    expect(relationKeys(out)).toContain('OPPOSES United States -> Houthi');
    expect(out.entities.find((e) => e.name === 'Houthi')?.aliases).toContain('Houthi rebels');
  });

  it('"fighters killed in Israeli strikes on Lebanon": the fighters’ group attacks no one', () => {
    const keys = relationKeys(
      run('Some 300 Hezbollah fighters have been killed in Israeli strikes on Lebanon since October.'),
    );
    expect(keys.filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });
});

describe('round 34, batch 6: a quoted nickname between a name and its role', () => {
  it('"X, ‘El Flaco,’ leader of the Y Cartel": X is a member of it', () => {
    expect(
      relationKeys(run('Tomas Varga, ‘El Flaco,’ leader of the Zarqan Cartel (CZ), was killed on Sunday.')),
    ).toContain('MEMBER_OF Tomas Varga -> Zarqan Cartel');
  });

  it('"X, “El Flaco,” co-founder of the Y Cartel": likewise in double quotes', () => {
    expect(
      relationKeys(run('Tomas Varga, “El Flaco,” co-founder of the Zarqan Cartel, was arrested.')),
    ).toContain('MEMBER_OF Tomas Varga -> Zarqan Cartel');
  });
});

describe('round 34, batch 7: ministers’ styles, letters after names, posts taken at a body', () => {
  it('"his German Defence counterpart, Federal Minister of Defence X": Germany’s minister', () => {
    const keys = relationKeys(
      run(
        'Secretary of Defense Tomas Varga met with his German Defence counterpart, Federal Minister of Defence ' +
          'Luis Kovar on July 14 in Germany.',
      ),
    );
    expect(keys).toContain('HOLDS_ROLE Luis Kovar -> Germany');
  });

  it('"X MP, Australian Deputy Prime Minister and Minister for Defence,": letters end the name', () => {
    const out = run(
      'Tomas Varga hosted the Honourable Luis Kovar MP, Australian Deputy Prime Minister and Minister for Defence, ' +
        'and the Right Honourable Ana Ruiz MP, United Kingdom Secretary of State for Defence, at the Pentagon. ' +
        'Australia and the United Kingdom agreed.',
    );
    expect(entityKeys(out)).toContain('Person:Luis Kovar');
    const roles = out.relations.map((r) => `${r.from} -> ${r.to}: ${r.role ?? ''}`);
    expect(roles).toContain('Luis Kovar -> Australia: Deputy Prime Minister and Minister for Defence');
    expect(roles).toContain('Ana Ruiz -> United Kingdom: Secretary of State for Defence');
  });

  it('"X was sworn in as the commander of U.S. Southern Command": the command’s post', () => {
    expect(
      relationKeys(
        run('Adm. Tomas Varga was sworn in as the commander of U.S. Southern Command in November 2024.'),
      ),
    ).toContain('HOLDS_ROLE Tomas Varga -> U.S. Southern Command');
  });

  it('"LIMA, Nov. 15 — X has announced …" then "X said Thursday": the saying’s own day wins over the dateline', () => {
    const out = run(
      'LIMA, Nov. 15 — Defense Minister Tomas Varga has announced a new operation. ' +
        '“I am announcing Operation Spear,” Varga said Thursday on X.',
      '2025-11-15',
    );
    expect(out.events.filter((e) => e.type === 'STATEMENT').map((e) => e.date)).toEqual(['2025-11-13']);
  });
});

describe('round 34, batch 8: a rights commissioner, and a leader’s aides', () => {
  it('"X, Chile’s Parliamentary Commissioner for Human Rights,": the office is Chile’s', () => {
    expect(
      relationKeys(
        run('Tomas Varga, Chile’s Parliamentary Commissioner for Human Rights, reported the release.'),
      ),
    ).toContain('HOLDS_ROLE Tomas Varga -> Chile');
  });

  it('"Trump’s special envoy X": an aide of the U.S. president serves the United States', () => {
    expect(
      relationKeys(
        run(
          "Trump's special envoy Tomas Varga arrived in Lima, Peru. President Donald Trump said so. The United States agreed.",
          '2025-12-01',
        ),
      ),
    ).toContain('HOLDS_ROLE Tomas Varga -> United States');
  });

  it('"Varga’s adviser X" of someone who heads nothing names no country', () => {
    const keys = relationKeys(run("Varga's adviser Luis Kovar arrived in Lima, Peru. Tomas Varga said so."));
    expect(keys.filter((k) => k.startsWith('HOLDS_ROLE Luis Kovar'))).toEqual([]);
  });
});

describe('round 34, batch 9: armed groups known by one name, and the demonym that says who acts', () => {
  it.each([
    'Hamas',
    'al-Qaeda',
    'al-Shabaab',
    'Kataib Hezbollah',
    'Lashkar-e-Taiba',
    'Palestinian Islamic Jihad',
  ])('"%s said …" is a body, not a person', (group) => {
    expect(entityKeys(run(`${group} said on Monday it had carried out the attack.`))).toContain(
      `Organization:${group}`,
    );
  });

  it('"Hamas has accused Israel of …": Hamas against Israel', () => {
    expect(relationKeys(run('Hamas has accused Israel of undermining mediation efforts.'))).toContain(
      'OPPOSES Hamas -> Israel',
    );
  });

  it('"Peru proposed a plan following renewed Chilean military operations against X": Chile acts, not Peru', () => {
    const keys = relationKeys(
      run(
        'Peru proposed a new plan to restore calm following renewed Chilean military operations against Hamas. ' +
          'Chile said so.',
      ),
    );
    expect(keys).toContain('OPPOSES Chile -> Hamas');
    expect(keys).not.toContain('OPPOSES Peru -> Hamas');
  });

  it('"Chilean officials present were A, as well as B": both are Chile’s', () => {
    const keys = relationKeys(
      run(
        'Chilean officials present were Interior Secretary Tomas Varga, as well as Finance Secretary Pedro Sala. ' +
          'Chile said so.',
      ),
    );
    expect(keys).toContain('HOLDS_ROLE Pedro Sala -> Chile');
  });
});

describe('round 34, batch 10: a date inside a relative clause before the verb', () => {
  it('"The October 7, 2023, attack on Israel killed …" keeps its date', () => {
    const out = run('The October 7, 2023, attack on Israel killed 1,200 people, Israel said.', '2025-03-27');
    expect(out.events.filter((e) => e.type === 'OTHER').map((e) => e.date)).toEqual(['2023-10-07']);
  });

  it('"X, which Y says holds hostages taken in the October 7, 2023, attack, has accused Z …": not 2023', () => {
    const out = run(
      'Hamas, which Israel claims still holds 59 of the hostages taken during the October 7, 2023, attack, ' +
        'has accused Israel of undermining mediation efforts.',
      '2025-03-27',
    );
    expect(out.events.filter((e) => e.type === 'STATEMENT').map((e) => e.date)).toEqual(['2025-03-27']);
  });

  it('"…confirmed by the Senate, which verified it on Monday, the same day X took office" keeps Monday', () => {
    const out = run(
      'Tomas Varga was the first minister to be confirmed by the Senate, which verified his appointment on ' +
        'Monday, the same day President Luis Kovar took office.',
      '2025-01-22',
    );
    expect(out.events.map((e) => e.date)).not.toContain('2025-01');
  });
});

describe('round 34, batch 11: a group "and its leader", named elsewhere', () => {
  it('"sanctions on the gang X and its leader … X, led by Y, …": Y is sanctioned too', () => {
    const keys = relationKeys(
      run(
        'The United States on Thursday imposed sanctions on the crime gang Los Zarqos and its leader, the ' +
          'Treasury said. Los Zarqos, led by Tomas Varga Ruiz, has emerged as the largest gang in Peru.',
        '2024-06-06',
      ),
    );
    expect(keys).toContain('OPPOSES United States -> Tomas Varga Ruiz');
  });

  it('two people named as its leaders leave "its leader" unread', () => {
    const keys = relationKeys(
      run(
        'The United States imposed sanctions on the crime gang Los Zarqos and its leader, the Treasury said. ' +
          'Los Zarqos, led by Tomas Varga Ruiz, split in May. Luis Kovar Sala, the leader of Los Zarqos, fled.',
        '2024-06-06',
      ),
    );
    expect(keys.filter((k) => k.startsWith('OPPOSES United States ->') && !k.endsWith('Los Zarqos'))).toEqual(
      [],
    );
  });
});

describe('round 34, batch 12: a participle acts with the clause’s opening subject', () => {
  it('"The US deployed forces to pressure President X, accusing him of …": the US against X', () => {
    const keys = relationKeys(
      run(
        'The US has deployed forces near Peru to pressure President Tomas Varga, accusing him of leading a drug cartel.',
        '2025-11-18',
      ),
    );
    expect(keys).toContain('OPPOSES United States -> Tomas Varga');
  });
});

describe('round 34, batch 13: a city’s councilor', () => {
  it('"a Lima councilor, X," holds the post in Lima', () => {
    expect(
      relationKeys(
        run('Two people were arrested, and a Lima councilor, Tomas Varga, was injured. Lima is in Peru.'),
      ),
    ).toContain('HOLDS_ROLE Tomas Varga -> Lima');
  });

  it('"Lima councilor X" likewise', () => {
    expect(relationKeys(run('Lima councilor Tomas Varga was injured. Lima is in Peru.'))).toContain(
      'HOLDS_ROLE Tomas Varga -> Lima',
    );
  });
});

describe('round 34, review of the round: what its rules must leave alone', () => {
  it('"Ukraine said Russia launched drones, targeting Kyiv": Russia targets, not the speaker', () => {
    const keys = relationKeys(
      run('Ukraine said Russia launched dozens of drones overnight, targeting Kyiv and Odesa.'),
    );
    expect(keys).toContain('OPPOSES Russia -> Kyiv');
    expect(keys).not.toContain('OPPOSES Ukraine -> Kyiv');
  });

  it('"talks with Hamas, led by X": X leads the talks, not Hamas', () => {
    const keys = relationKeys(
      run(
        'Indirect talks with Hamas, led by Tomas Varga, stalled in March. On Friday the Treasury Department ' +
          'sanctioned Hamas and its leader.',
      ),
    );
    expect(keys.filter((k) => k.includes('Tomas Varga'))).toEqual([]);
  });

  it('"Lebanon’s Ministry of Interior and Prime Minister X": the ministry stays a body', () => {
    const out = run("Lebanon's Ministry of Interior and Prime Minister Tomas Varga condemned the attack.");
    expect(relationKeys(out)).toContain('PART_OF Lebanese Ministry of Interior -> Lebanon');
    expect(out.entities.find((e) => e.name === 'Tomas Varga')?.aliases).toEqual([
      'Prime Minister Tomas Varga',
    ]);
  });

  it('"the Gaza strikes on Hamas commanders": a place before the noun strikes no one', () => {
    const keys = relationKeys(run('Survivors of the Gaza strikes on Hamas commanders described chaos.'));
    expect(keys.filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });

  it('"ordered an investigation into the attack on X": the one who orders it attacks no one', () => {
    const keys = relationKeys(
      run(
        'Prime Minister Tomas Varga ordered an investigation into the attack on the US Embassy in Baghdad.',
      ),
    );
    expect(keys.filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });

  it('"Chinese State Councilor X" is one title, and "Chinese State" no place', () => {
    const out = run(
      'Chinese State Councilor Tomas Varga met Russian Foreign Minister Luis Kovar in Beijing.',
    );
    expect(entityKeys(out)).not.toContain('Location:Chinese State');
    expect(out.entities.find((e) => e.name === 'Tomas Varga')?.aliases).toContain(
      'State Councilor Tomas Varga',
    );
  });
});

describe('round 35, batch 1: an opening adverbial, "its" act, and custody', () => {
  it('"Since Russia’s invasion of Ukraine, Germany has …": the invasion is not against Germany', () => {
    const keys = relationKeys(
      run("Since Russia's full-scale invasion of Ukraine, Germany has sent weapons to Kyiv."),
    );
    expect(keys).toContain('OPPOSES Russia -> Ukraine');
    expect(keys).not.toContain('OPPOSES Russia -> Germany');
  });

  it('"After attacks on Poland, Lithuania and Latvia, NATO condemned Russia": NATO condemns', () => {
    const keys = relationKeys(run('After attacks on Poland, Lithuania and Latvia, NATO condemned Russia.'));
    expect(keys).toContain('OPPOSES North Atlantic Treaty Organization -> Russia');
    expect(keys).not.toContain('OPPOSES Poland -> Russia');
  });

  it('"since Russia started its full-scale invasion of Ukraine": "its" is Russia', () => {
    const keys = relationKeys(
      run(
        'Germany has sent arms to Ukraine since Russia started its full-scale invasion of Ukraine in 2022.',
      ),
    );
    expect(keys).toContain('OPPOSES Russia -> Ukraine');
    expect(keys).not.toContain('OPPOSES Germany -> Ukraine');
  });

  it('"sanctioned Iran for its attacks on Israel": Iran attacks Israel; the EU does not', () => {
    const keys = relationKeys(run('The EU sanctioned Iran for its attacks on Israel.'));
    expect(keys).toEqual(
      expect.arrayContaining(['OPPOSES European Union -> Iran', 'OPPOSES Iran -> Israel']),
    );
    expect(keys).not.toContain('OPPOSES European Union -> Israel');
  });

  it('a body that arrests or detains a person acts against that person, actively or passively', () => {
    expect(relationKeys(run('The FBI arrested Tomas Varga Ruiz in Houston on Monday.'))).toContain(
      'OPPOSES Federal Bureau of Investigation -> Tomas Varga Ruiz',
    );
    expect(relationKeys(run('Tomas Varga Ruiz was detained by the Judicial Police on Monday.'))).toContain(
      'OPPOSES Judicial Police -> Tomas Varga Ruiz',
    );
  });

  it('custody is of people only, by bodies only', () => {
    const keys = relationKeys(
      run(
        'Police in Peru arrested members of the Los Zarqos gang. Tomas Varga Ruiz detained Luis Kovar Sala.',
      ),
    );
    expect(keys.filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });
});

describe('round 35, batch 2: extradition, a country’s authorities, a country’s titled person', () => {
  it('"X was extradited to the United States": the destination acts against X', () => {
    expect(
      relationKeys(run('Tomas Varga Ruiz was extradited to the United States in February, officials said.')),
    ).toContain('OPPOSES United States -> Tomas Varga Ruiz');
    expect(
      relationKeys(
        run('Peru extradited Tomas Varga Ruiz, a 48-year-old trafficker, to the United States on Friday.'),
      ),
    ).toContain('OPPOSES United States -> Tomas Varga Ruiz');
  });

  it('an extradition refused, asked for or fought is not one', () => {
    for (const text of [
      'Peru refused to extradite Tomas Varga Ruiz to the United States.',
      'The US asked Peru to extradite Tomas Varga Ruiz to the United States.',
      'Tomas Varga Ruiz fought against being extradited to the United States.',
    ])
      expect(relationKeys(run(text)).filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });

  it('"Mexican authorities arrested X": the country the article names acts', () => {
    const keys = relationKeys(
      run('Mexican authorities arrested Tomas Varga Ruiz on Monday. Mexico will deport him to Peru.'),
    );
    expect(keys).toContain('OPPOSES Mexico -> Tomas Varga Ruiz');
    expect(relationKeys(run('Mexican authorities arrested Tomas Varga Ruiz on Monday.'))).toEqual([]);
  });

  it('"Mexico’s President rejects …": the president the article names, not the country', () => {
    const named = relationKeys(
      run(
        "Mexico's President rejects the proposal of Tomas Varga for US troops.\n" +
          'Mexican President Claudia Sheinbaum spoke on Saturday.',
      ),
    );
    expect(named).toContain('OPPOSES Claudia Sheinbaum -> Tomas Varga');
    expect(named).not.toContain('OPPOSES Mexico -> Tomas Varga');
    const unnamed = relationKeys(
      run("Mexico's President rejects the proposal of Tomas Varga for US troops."),
    );
    expect(unnamed.filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });
});

describe('round 35, batch 3: a headline in title case', () => {
  const body =
    'Mexican authorities arrested Tomas Varga Ruiz, an MS-13 cartel leader, in Veracruz on Monday.';

  it('is read in sentence case: "Mexico Arrests MS-13 Cartel Leader" names Mexico', () => {
    const out = run(`Mexico Arrests MS-13 Cartel Leader\n${body}`, '2025-03-18');
    expect(out.entities.map((e) => `${e.type}:${e.name}`)).toContain('Location:Mexico');
    expect(relationKeys(out)).toContain('OPPOSES Mexico -> Tomas Varga Ruiz');
    // (Evidence is quoted as the article writes it.)
    expect(out.relations.find((r) => r.from === 'Mexico')?.evidence).toBe(body);
  });

  it('keeps only the names the body repeats or the gazetteer knows', () => {
    const out = run(`Mexico Arrests Tomas Varga, Cartel Jalisco Leader\n${body}`, '2025-03-18');
    expect(out.entities.map((e) => e.name)).not.toContain('Tomas Varga');
  });

  it('a list of other stories is still page furniture', () => {
    const out = run(
      'Trump Signs Order On Tariffs As Markets Slide In Asia\nCanada Says Talks Will Resume Next Week',
    );
    expect(out.entities).toEqual([]);
  });

  it('an event the body tells again is the body’s', () => {
    const out = run(
      'NATO Secretary General Meets With Trump\n' +
        'NATO Secretary General Mark Rutte had his first meeting with Donald Trump since the election.\n' +
        'Trump and Rutte met on Friday, November 22, in Palm Beach, Florida.',
      '2024-11-23',
    );
    const meetings = out.events.filter((e) => e.type === 'MEETING');
    expect(meetings.map((e) => [e.date, [...e.participants].sort()])).toEqual([
      ['2024-11-22', ['Donald Trump', 'Mark Rutte']],
    ]);
  });
});

describe('round 35, batch 4: a headline’s event and its lede', () => {
  it('an event only the headline tells takes the day its lede gives', () => {
    const out = run(
      'Defense chief Tomas Varga arrives in Lima for security talks\n' +
        'Defense Minister Tomas Varga arrived at the ministry’s headquarters in Lima on Feb. 12 as allies gathered.',
      '2025-02-14',
    );
    expect(out.events.filter((e) => e.type === 'VISIT').map((e) => e.date)).toEqual(['2025-02-12']);
  });

  it('a lede about someone else leaves the headline’s date alone', () => {
    const out = run(
      'Defense chief Tomas Varga arrives in Lima for security talks\n' +
        'Luis Kovar Sala resigned on Feb. 12 after a dispute.',
      '2025-02-14',
    );
    expect(out.events.filter((e) => e.type === 'VISIT').map((e) => e.date)).not.toContain('2025-02-12');
  });
});

describe('round 35, batch 5: a country’s office named on its own', () => {
  const roles = (text: string): string[] =>
    run(text).relations.map((r) => `${r.type} ${r.from} -> ${r.to} ${r.role ?? ''}`.trim());

  it('"…, Tomas Varga has said. … the Peruvian president told reporters": Varga is Peru’s president', () => {
    expect(
      roles(
        'A strike on a drug boat killed 11 people, Tomas Varga has said. Speaking at a news conference in Lima, ' +
          'the Peruvian president told reporters the strikes would go on. Peru has denied it.',
      ),
    ).toContain('HOLDS_ROLE Tomas Varga -> Peru President');
  });

  it('not a name inside a quotation, nor one another holder of the office stands beside', () => {
    const quotedName = roles(
      'Peruvian Prime Minister Luis Kovar Sala announced the release. "We welcome Tomas Varga home," he said. ' +
        'Peru is glad, the Peruvian premier added.',
    );
    expect(quotedName.filter((k) => k.startsWith('HOLDS_ROLE Tomas Varga'))).toEqual([]);
    const titled = roles(
      'Tomas Varga, Peru’s foreign minister, met the press. Peru is calm, the Peruvian president said.',
    );
    expect(titled.filter((k) => k.endsWith('President'))).toEqual([]);
  });
});

describe('round 35, batch 6: members of gangs and parties', () => {
  it('"an alleged MS-13 member", "MS-13 gang member, X", "an MS-13 cartel leader": the gang and its member', () => {
    for (const text of [
      'Police arrested Tomas Varga Ruiz, an alleged MS-13 member, on Monday.',
      'The arrest follows that of another MS-13 gang member, Tomas Varga Ruiz, last week.',
      'Mexican authorities arrested Tomas Varga Ruiz, an MS-13 cartel leader, in Veracruz.',
      'Earlier this month, another alleged MS-13 leader, Tomas Varga Ruiz, appeared in court.',
    ])
      expect(relationKeys(run(text))).toContain('MEMBER_OF Tomas Varga Ruiz -> MS-13');
  });

  it('a plural role before a list of names is each one’s; alone it names no one', () => {
    expect(
      relationKeys(run('Police arrested Los Zarqos members Tomas Varga and Luis Kovar on Monday.')),
    ).toEqual(
      expect.arrayContaining(['MEMBER_OF Tomas Varga -> Los Zarqos', 'MEMBER_OF Luis Kovar -> Los Zarqos']),
    );
    expect(
      relationKeys(run('Los Zarqos members killed Tomas Varga.')).filter((k) => k.startsWith('MEMBER_OF')),
    ).toEqual([]);
  });

  it('"X, a lawmaker from the ruling Morena party", "X, a member of the Y Party": membership, not an office', () => {
    const out = run('Tomas Varga, a lawmaker from the ruling Morena party, said the vote was illegal.');
    expect(relationKeys(out)).toContain('MEMBER_OF Tomas Varga -> Morena');
    const member = run('Tomas Varga, a member of the Nationalist Party, criticized the plan.');
    expect(member.relations.map((r) => `${r.type} ${r.to}`)).toEqual(['MEMBER_OF Nationalist Party']);
  });

  it('"Moises Humberto Rivera-Luna": a surname part that also names a place stays in the name', () => {
    expect(
      run('Police said Moises Humberto Rivera-Luna appeared in court.').entities.map((e) => e.name),
    ).toContain('Moises Humberto Rivera-Luna');
  });
});

describe('round 35, batch 7: an arrest announced', () => {
  it('the body that announces or confirms an arrest acts against whom it took', () => {
    expect(relationKeys(run('The FBI announced the arrest of Tomas Varga Ruiz on Monday.'))).toContain(
      'OPPOSES Federal Bureau of Investigation -> Tomas Varga Ruiz',
    );
    expect(
      relationKeys(
        run('Peruvian authorities confirmed today the arrest of Tomas Varga Ruiz. Peru thanked Chile.'),
      ),
    ).toContain('OPPOSES Peru -> Tomas Varga Ruiz');
    expect(
      relationKeys(
        run(
          'The ambassador praised an announcement by the Federal Attorney General’s Office (FGR) of the arrest of ' +
            'four alleged Los Zarqos members in Lima.',
        ),
      ),
    ).toContain('OPPOSES Federal Attorney General’s Office -> Los Zarqos');
  });

  it('not by a person, and not when the arrest is denied', () => {
    expect(relationKeys(run('Tomas Varga announced the arrest of Luis Kovar Sala.'))).toEqual([]);
    expect(relationKeys(run('The FBI has not confirmed the arrest of Tomas Varga Ruiz.'))).toEqual([]);
  });
});

describe('round 35, review: false facts a stranger found on real articles', () => {
  it('"rejected a request from Sweden to extradite X": the rejection is not against X', () => {
    const keys = relationKeys(
      run(
        'Turkey previously rejected a request from Sweden to extradite suspected gang boss Tomas Varga Ruiz.',
      ),
    );
    expect(keys.filter((k) => k.endsWith('Tomas Varga Ruiz'))).toEqual([]);
  });

  it('"accusing the Mexican Senate leader — …": the officer, not the body', () => {
    const keys = relationKeys(
      run(
        'Tomas Varga sent letters to the DEA, accusing the Mexican Senate leader — a party member — of graft.',
      ),
    );
    expect(keys.filter((k) => k.endsWith('Mexican Senate'))).toEqual([]);
  });

  it('"carry out attacks—a tactic common among Sweden’s crime networks": the dash ends the act', () => {
    const keys = relationKeys(
      run(
        'Tomas Varga is believed to have recruited children to carry out attacks—a chilling tactic common among ' +
          "Sweden's organized crime networks.",
      ),
    );
    expect(keys.filter((k) => k.startsWith('OPPOSES'))).toEqual([]);
  });
});

describe('round 35, review: entity types a stranger found wrong', () => {
  it('"the former MP for Great Yarmouth": a member’s seat is a place', () => {
    expect(
      run('Lowe, the former MP for Great Yarmouth, was suspended in March.').entities.map(
        (e) => `${e.type}:${e.name}`,
      ),
    ).toContain('Location:Great Yarmouth');
  });

  it('"the Tren de Zarqos Peruvian prison gang": the demonym describes the gang, it is no part of its name', () => {
    expect(
      run(
        'Twenty people who are members of the Tren de Zarqos Peruvian prison gang were charged.',
      ).entities.map((e) => `${e.type}:${e.name}`),
    ).toContain('Cartel:Tren de Zarqos');
  });

  it('"the criminal organization, the Eastern District of New York, in charge of …": a court’s district, no gang', () => {
    const out = run(
      'To extradite one of the top leaders of the Salvadoran criminal organization, the Eastern District of New ' +
        'York, in charge of prosecuting 27 leaders, asked Mexico for help.',
    );
    expect(out.entities.find((e) => e.name === 'Eastern District of New York')?.type).toBe('Organization');
  });

  it('"the leader of the opposition PRI party": the letters are the party’s, no person', () => {
    const out = run(
      'Senator Tomas Varga, head of the Institutional Revolutionary Party (PRI), spoke. Later Varga, the leader ' +
        'of the opposition PRI party, held a news conference.',
    );
    expect(out.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Tomas Varga']);
  });
});

describe('round 35, review: what a headline is', () => {
  it('a caption of several sentences on the first line is no headline: its meeting stays', () => {
    const out = run(
      'FILE — Defense Minister Tomas Varga departs after a meeting with President Luis Kovar Sala at the palace ' +
        'in Lima, Aug. 8, 2025. Varga is flying to Chile on Tuesday, Sept. 2, 2025, for talks with top officials. (\n' +
        'SANTIAGO — Defense Minister Tomas Varga is flying to Chile on Tuesday for talks with top officials.',
      '2025-09-02',
    );
    expect(
      out.events.filter((e) => e.type === 'MEETING').map((e) => [e.date, [...e.participants].sort()]),
    ).toContainEqual(['2025-08-08', ['Luis Kovar Sala', 'Tomas Varga']]);
  });
});
