import { mentionRows, relationRows } from '../../src/ingest/write';

const relation = (articleId: string, confidence: number, to = 'location:peru') => ({
  type: 'HOLDS_ROLE',
  from: 'person:ana-moreno',
  to,
  role: 'Foreign Minister',
  roleKey: 'foreign minister',
  evidence: `sentence of ${articleId}`,
  confidence,
  articleId,
});

describe('relationRows', () => {
  it('folds the articles stating one relationship into one row, best ranked first, cut at max', () => {
    const rows = relationRows(
      [
        relation('b', 0.6),
        relation('a', 0.6),
        relation('c', 0.9),
        relation('d', 0.5),
        relation('e', 0.7, 'location:chile'),
      ],
      3,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ to: 'location:peru', count: 4 });
    // Confidence first (highest first), then article id among equals.
    expect((rows[0]!.entries as Array<{ articleId: string }>).map((e) => e.articleId)).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(rows[1]).toMatchObject({
      to: 'location:chile',
      count: 1,
      entries: [{ articleId: 'e', evidence: 'sentence of e', confidence: 0.7 }],
    });
  });
});

describe('mentionRows', () => {
  const mention = (articleId: string, aliases: string[], count: number, confidence: number) => ({
    id: 'person:ana-moreno',
    type: 'Person',
    name: aliases[0],
    nameKey: aliases[0]!.toLowerCase(),
    aliases: aliases.slice(1),
    aliasKeys: aliases.map((a) => a.toLowerCase()),
    count,
    articleAliases: aliases,
    confidence,
    articleId,
  });

  it("folds an entity's mentions into one row: the last names, the summed count, every article", () => {
    const rows = mentionRows([
      mention('a', ['Ana Moreno', 'Moreno'], 2, 0.9),
      { ...mention('a', ['Peru'], 1, 1), id: 'location:peru', type: 'Location' },
      mention('b', ['Ana Moreno', 'Moreno', 'Foreign Minister Ana Moreno'], 3, 0.7),
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      id: 'person:ana-moreno',
      type: 'Person',
      name: 'Ana Moreno',
      nameKey: 'ana moreno',
      aliases: ['Moreno', 'Foreign Minister Ana Moreno'],
      aliasKeys: ['ana moreno', 'moreno', 'foreign minister ana moreno'],
      count: 5,
      confidence: 0.9,
      mentions: [
        { articleId: 'a', count: 2, aliases: ['Ana Moreno', 'Moreno'], confidence: 0.9 },
        {
          articleId: 'b',
          count: 3,
          aliases: ['Ana Moreno', 'Moreno', 'Foreign Minister Ana Moreno'],
          confidence: 0.7,
        },
      ],
    });
    expect(rows[1]).toMatchObject({ id: 'location:peru', count: 1, mentions: [{ articleId: 'a' }] });
  });
});
