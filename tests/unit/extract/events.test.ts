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
  ])('no event for %s', (_label, text) => {
    const types = events(text).map((e) => e.type);
    expect(types).not.toContain('STRIKE');
    expect(types).not.toContain('DEPLOYMENT');
    expect(types).not.toContain('CALL');
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
