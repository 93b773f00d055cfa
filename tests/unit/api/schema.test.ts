import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { buildApiSchema, printSortedSchema } from '../../../src/api/schema';
import { EVENT_TYPES, RELATION_TYPES } from '../../../src/domain/types';

describe('the public contract (schema.graphql)', () => {
  it('the RelationType and EventType enums are exactly the domain types', () => {
    const values = (name: string): string[] => {
      const type = buildApiSchema().getType(name);
      return isEnumType(type) ? type.getValues().map((v) => v.name) : [];
    };
    expect(values('RelationType')).toEqual([...RELATION_TYPES]);
    expect(values('EventType')).toEqual([...EVENT_TYPES]);
  });

  it('matches the reviewed snapshot (printed, sorted)', () => {
    expect(printSortedSchema()).toMatchSnapshot();
  });

  it('documents every type, field, argument, input field and enum value', () => {
    const printed = printSortedSchema();
    expect(printed).toContain('interface Node');
    for (const t of ['Person', 'Organization', 'Cartel', 'Ship', 'Location']) {
      expect(printed).toMatch(new RegExp(`type ${t} implements Entity & Node`));
    }
    const undocumented: string[] = [];
    const check = (coordinate: string, description: string | null | undefined) => {
      if (!description?.trim()) undocumented.push(coordinate);
    };
    for (const type of Object.values(buildApiSchema().getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()))
          check(`${type.name}.${field.name}`, field.description);
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
      }
    }
    // Built-in scalars (String, Int…) come with graphql-js's own descriptions.
    expect(undocumented).toEqual([]);
  });
});
