import { printSortedSchema } from '../../../src/api/schema';

describe('the public contract (schema.graphql)', () => {
  it('matches the reviewed snapshot (printed, sorted)', () => {
    expect(printSortedSchema()).toMatchSnapshot();
  });

  it('documents every type, field and argument', () => {
    const printed = printSortedSchema();
    expect(printed).toContain('interface Node');
    for (const t of ['Person', 'Organization', 'Cartel', 'Ship', 'Location']) {
      expect(printed).toMatch(new RegExp(`type ${t} implements Entity & Node`));
    }
  });
});
