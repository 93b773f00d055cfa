import { parseQueryHeader, sampleParams, usedParams } from '../../../src/visualization/cypher-header';

describe('parseQueryHeader', () => {
  it('reads the description, the phrase and typed parameters with samples', () => {
    const header = parseQueryHeader(
      [
        '// Who was deployed to a place,',
        '// or inside it.',
        '// @phrase who was deployed to $place',
        '// @param place Location.name "Caribbean Sea"',
        '// @param limit 5',
        'MATCH (n) RETURN n',
        '// not part of the header',
      ].join('\n'),
    );
    expect(header).toEqual({
      description: 'Who was deployed to a place, or inside it.',
      phrase: 'who was deployed to $place',
      params: [
        { name: 'place', suggestionLabel: 'Location', suggestionProperty: 'name', sample: 'Caribbean Sea' },
        { name: 'limit', suggestionLabel: null, suggestionProperty: null, sample: 5 },
      ],
    });
    expect(sampleParams(header)).toEqual({ place: 'Caribbean Sea', limit: 5 });
  });

  it.each([
    ['// @param name', /is not "@param name/],
    ['// @param name Marco', /sample of @param name is not JSON/],
    ['// @params name "x"', /is not "@param name/],
    ['// @title x', /unknown directive "@title"/],
  ])('rejects %s', (line, message) => {
    expect(() => parseQueryHeader(`${line}\nMATCH (n) RETURN n`, 'q.cypher')).toThrow(message);
  });

  it('lists the parameters a statement uses, once each', () => {
    expect(usedParams('MATCH (a {name: $a}), (b {name: $b}) WHERE $a <> $b RETURN $limit')).toEqual([
      'a',
      'b',
      'limit',
    ]);
  });
});
