import { run } from './helpers';

const events = (text: string, publishedAt: string | null = null) =>
  run(text, publishedAt).events.map((e) => ({
    type: e.type,
    participants: [...e.participants].sort(),
    date: e.date,
    location: e.location,
  }));

describe('events', () => {
  it.each([
    [
      'CALL',
      'Chancellor Olaf Brandt spoke by phone with President Ana Torres on Friday.',
      ['Ana Torres', 'Olaf Brandt'],
    ],
    [
      'CALL',
      'Prime Minister Lee Han and President Paul Mercer spoke about trade.',
      ['Lee Han', 'Paul Mercer'],
    ],
    [
      'MEETING',
      'Secretary of State Ana Gómez met with Foreign Minister Luis Tan in Lima.',
      ['Ana Gómez', 'Luis Tan'],
    ],
    ['VISIT', 'Defense Secretary Paul Grant traveled to Manila for talks.', ['Paul Grant']],
    ['STATEMENT', 'The Mexican Navy said in a statement that the crew was safe.', ['Mexican Navy']],
    ['OTHER', 'Prosecutors charged Tomas Varga with drug trafficking on Monday.', ['Tomas Varga']],
    ['SEIZURE', 'The Peruvian Navy seized 179 packages of cocaine on Thursday.', ['Peruvian Navy']],
    ['OTHER', 'A federal indictment against Tomas Varga was unsealed in Miami in 2022.', ['Tomas Varga']],
    [
      'STATEMENT',
      'Acting U.S. Attorney Dana Whitlow for the Eastern District of Ohio said the case was strong.',
      ['Dana Whitlow'],
    ],
    ['STRIKE', 'The U.S. military conducted a strike on a vessel in the eastern Pacific.', ['U.S. military']],
    ['SEIZURE', 'The Coast Guard seized two tons of cocaine off Colombia.', ['Coast Guard']],
    ['DESIGNATION', 'Canada designated the Gulf Clan a terrorist entity.', ['Canada', 'Gulf Clan']],
    ['DEPLOYMENT', 'The U.S. Marines deployed 2,000 troops to Okinawa Island.', ['U.S. Marines']],
    [
      'EXTRADITION',
      'Colombia extradited alleged trafficker Dairo Úsuga to the United States.',
      ['Colombia', 'Dairo Úsuga', 'United States'],
    ],
    ['ARREST', 'Police in Peru arrested Rafael Quintero last week.', ['Rafael Quintero']],
    [
      'SANCTION',
      'The Treasury Department imposed sanctions on Ricardo Salas.',
      ['Ricardo Salas', 'U.S. Department of the Treasury'],
    ],
    ['AGREEMENT', 'Ecuador and Peru signed an agreement on border security.', ['Ecuador', 'Peru']],
    ['OTHER', 'President Lina Ortiz took office in May 2024.', ['Lina Ortiz']],
  ])('%s: %p', (type, text, participants) => {
    expect(events(text)).toContainEqual(expect.objectContaining({ type, participants }));
  });

  it.each([
    ['a hypothetical strike', 'Officials said the Navy could strike targets in Honduras.'],
    ['a call for strikes', 'Senator Jo Park called for strikes against the Gulf Cartel.'],
    ['opposition to deployments', 'Colombia opposes any deployment of U.S. troops.'],
    ['a "called for" that is not a phone call', 'Senator Jo Park called for calm.'],
    ['sanctioned goods', 'The FBI seized a tanker used to transport sanctioned oil from Venezuela and Iran.'],
  ])('no event for %s', (_label, text) => {
    const types = events(text).map((e) => e.type);
    expect(types).not.toContain('SANCTION');
    expect(types).not.toContain('STRIKE');
    expect(types).not.toContain('DEPLOYMENT');
    expect(types).not.toContain('CALL');
  });

  it.each([
    [
      'a month opening the sentence is no modal "may"',
      'In May, the FBI detained 1,500 people in Texas.',
      '2025-06-02',
      { type: 'ARREST', date: '2025-05' },
    ],
    [
      'two people who convened on a weekday met that day',
      'Adviser Ravi Menon and Foreign Minister Li Wen convened on Wednesday in Beijing for border talks.',
      '2024-12-18',
      { type: 'MEETING', date: '2024-12-18' },
    ],
    [
      "a year inside a relative clause after the act is that clause's",
      'Foreign Minister Ivan Petrov held talks with Foreign Minister Paul Sana, hailing relations ' +
        'that he attributed to agreements reached at a summit in 2023.',
      '2024-06-05',
      { type: 'MEETING', date: '2024-06' },
    ],
    [
      'a dated noun that names other parties dates another event',
      'Ravi Menon, Li Wen hold talks on border peace\nAdviser Ravi Menon and Foreign Minister Li ' +
        'Wen convened in Beijing for border talks.\nThe talks built on commitments made during ' +
        'the October meeting between Prime Minister Anil Rao and President Chen Bo in Kazan.',
      '2024-12-18',
      { type: 'MEETING', date: '2024-12' },
    ],
    [
      'a decision welcomed is a statement, a visitor welcomed a meeting',
      'President Ana Ruiz welcomed the decision by Congress. President Ana Ruiz welcomed Prime ' +
        'Minister Li Wen to Lima on Monday.',
      '2025-04-29',
      { type: 'STATEMENT', date: '2025-04-29' },
    ],
    [
      'a warship that entered a sea was deployed there',
      'The USS Carter Hall entered the Caribbean Sea Sunday, the Navy said.',
      '2025-11-17',
      { type: 'DEPLOYMENT', date: '2025-11-16' },
    ],
  ])('dates %s', (_label, text, publishedAt, expected) => {
    expect(events(text, publishedAt)).toContainEqual(expect.objectContaining(expected));
  });

  it('keeps one record for an event told twice, and two for two calls on different days', () => {
    const once = events(
      'President Ana Torres visited Bogotá on Monday. Torres’ visit to Bogotá drew protests.',
      '2025-03-05',
    );
    expect(once.filter((e) => e.type === 'VISIT')).toHaveLength(1);
    const twice = events(
      'Minister Jo Kim and Minister Sam Lee held a call on Monday. On Feb. 2, Kim and Lee held a call on trade.',
    );
    expect(twice.filter((e) => e.type === 'CALL')).toHaveLength(2);
  });

  it('sets location, evidence span and summary', () => {
    const text = 'Intro.\nDefense Secretary Paul Grant visited Manila on March 3, 2025.';
    const e = run(text).events.find((x) => x.type === 'VISIT');
    expect(e?.location).toBe('Manila');
    expect(e?.date).toBe('2025-03-03');
    expect(e?.evidenceSpan && text.slice(e.evidenceSpan.start, e.evidenceSpan.end)).toBe(e?.evidence);
    expect(e?.summary).toContain('Paul Grant');
  });
});
