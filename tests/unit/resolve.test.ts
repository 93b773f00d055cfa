import type { ArticleExtraction, ExtractedEntity, ExtractedEvent } from '../../src/domain/types';
import { betterName, datesCompatible, GraphIndex } from '../../src/ingest/resolve';

const person = (name: string, ...aliases: string[]): ExtractedEntity => ({
  name,
  type: 'Person',
  aliases,
  mentions: 1,
});
const entity = (type: ExtractedEntity['type'], name: string, ...aliases: string[]): ExtractedEntity => ({
  name,
  type,
  aliases,
  mentions: 1,
});
const call = (date: string | null, ...participants: string[]): ExtractedEvent => ({
  type: 'CALL',
  participants,
  date,
  location: null,
  evidence: `${participants.join(' and ')} spoke.`,
});

function article(id: string, entities: ExtractedEntity[], events: ExtractedEvent[] = []): ArticleExtraction {
  return { article: id, title: null, publishedAt: null, entities, relations: [], events };
}

describe('GraphIndex: cross-article entity resolution', () => {
  it.each([
    [
      'a fuller name joins the shorter one',
      person('Ramón de la Fuente'),
      person('Juan Ramón de la Fuente', 'de la Fuente'),
    ],
    ['a name seen as an alias before', person('Ana Costa', 'Costa'), person('Costa')],
    ['a ship with and without its prefix', entity('Ship', 'USS Harbor Star'), entity('Ship', 'Harbor Star')],
    [
      'an organization by a shared alias name',
      entity('Organization', 'Coastal Guard Agency', 'CGA'),
      entity('Organization', 'CGA'),
    ],
  ])('merges: %s', (_label, first, second) => {
    const index = new GraphIndex();
    const a = index.resolveArticle(article('a', [first]));
    const b = index.resolveArticle(article('b', [second]));
    expect(b.entities[0]!.id).toBe(a.entities[0]!.id);
    expect(b.entities[0]!.created).toBe(false);
    expect(a.entities[0]!.created).toBe(true);
  });

  it.each([
    ['different first names, same surname', person('Eric Lang'), person('Donna Lang')],
    ['a bare surname never given as an alias', person('Eric Lang'), person('Lang')],
    ['same name, different types', entity('Location', 'Victoria'), person('Victoria')],
  ])('keeps apart: %s', (_label, first, second) => {
    const index = new GraphIndex();
    const a = index.resolveArticle(article('a', [first]));
    const b = index.resolveArticle(article('b', [second]));
    expect(b.entities[0]!.id).not.toBe(a.entities[0]!.id);
  });

  it('does not pick between two people who share a surname alias', () => {
    const index = new GraphIndex();
    index.resolveArticle(article('a', [person('Eric Lang', 'Lang')]));
    index.resolveArticle(article('b', [person('Donna Lang', 'Lang')]));
    const c = index.resolveArticle(article('c', [person('Lang')]));
    expect(c.entities[0]!.created).toBe(true);
  });

  it('accumulates aliases and upgrades the canonical name to the fullest form', () => {
    const index = new GraphIndex();
    index.resolveArticle(article('a', [person('Ramón de la Fuente', 'de la Fuente')]));
    const b = index.resolveArticle(
      article('b', [person('Juan Ramón de la Fuente', 'Foreign Minister Juan Ramón de la Fuente')]),
    );
    const e = b.entities[0]!;
    expect(e.name).toBe('Juan Ramón de la Fuente');
    expect(e.aliases).toEqual(
      expect.arrayContaining([
        'Ramón de la Fuente',
        'de la Fuente',
        'Foreign Minister Juan Ramón de la Fuente',
      ]),
    );
    expect(e.aliasKeys).toEqual(expect.arrayContaining(['juan ramon de la fuente', 'de la fuente']));
  });

  it('gives stable, readable ids and de-duplicates collisions', () => {
    const index = new GraphIndex();
    const a = index.resolveArticle(article('a', [person('Eric Lang')]));
    const b = index.resolveArticle(article('b', [person('Lang')]));
    const c = index.resolveArticle(article('c', [person('Lang', 'Lang')]));
    expect(a.entities[0]!.id).toBe('person:eric-lang');
    expect(b.entities[0]!.id).toBe('person:lang');
    expect(c.entities[0]!.id).toBe('person:lang');
  });
});

describe('GraphIndex: cross-article event resolution', () => {
  const people = [person('Ada Moreno', 'Moreno'), person('Luis Ortega', 'Ortega')];

  it('one call reported by two articles is one event', () => {
    const index = new GraphIndex();
    const a = index.resolveArticle(article('a', people, [call(null, 'Ada Moreno', 'Luis Ortega')]));
    const b = index.resolveArticle(article('b', people, [call('2025-01-11', 'Moreno', 'Ortega')]));
    expect(b.events[0]!.id).toBe(a.events[0]!.id);
    expect(b.events[0]!.created).toBe(false);
    expect(b.events[0]!.date).toBe('2025-01-11');
  });

  it('two calls in one article stay two events, each matching its own in a later article', () => {
    const index = new GraphIndex();
    const a = index.resolveArticle(
      article('a', people, [
        call('2025-01-09', 'Ada Moreno', 'Luis Ortega'),
        call('2025-01-11', 'Ada Moreno', 'Luis Ortega'),
      ]),
    );
    expect(a.events[0]!.id).not.toBe(a.events[1]!.id);
    const b = index.resolveArticle(article('b', people, [call('2025-01-11', 'Ada Moreno', 'Luis Ortega')]));
    expect(b.events[0]!.id).toBe(a.events[1]!.id);
  });

  it.each([
    [
      'incompatible dates',
      call('2025-01-09', 'Ada Moreno', 'Luis Ortega'),
      call('2025-02-01', 'Ada Moreno', 'Luis Ortega'),
    ],
    ['one shared participant and no dates', call(null, 'Ada Moreno'), call(null, 'Ada Moreno')],
  ])('keeps apart: %s', (_label, first, second) => {
    const index = new GraphIndex();
    const a = index.resolveArticle(article('a', people, [first]));
    const b = index.resolveArticle(article('b', people, [second]));
    expect(b.events[0]!.id).not.toBe(a.events[0]!.id);
  });
});

describe('name and date helpers', () => {
  it.each([
    ['Person', 'Rubio', 'Marco Rubio', true],
    ['Person', 'Marco Rubio', 'Rubio', false],
    ['Ship', 'Iwo Jima', 'USS Iwo Jima', true],
    ['Ship', 'USS Iwo Jima', 'Iwo Jima', false],
    ['Organization', 'CBP', 'Customs and Border Protection', true],
    ['Organization', 'State Department', 'Department', false],
  ] as const)('betterName(%s, %s → %s) is %s', (type, current, candidate, expected) => {
    expect(betterName(type, current, candidate)).toBe(expected);
  });

  it.each([
    [null, '2025-01-11', true],
    ['2025-01', '2025-01-11', true],
    ['2025', '2025-01-11', true],
    ['2025-01-10', '2025-01-11', false],
  ])('datesCompatible(%s, %s) is %s', (a, b, expected) => {
    expect(datesCompatible(a, b)).toBe(expected);
  });
});
