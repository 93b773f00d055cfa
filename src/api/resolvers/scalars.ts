import {
  DateTimeResolver,
  LocalDateResolver,
  NonNegativeIntResolver,
  PositiveIntResolver,
  URLResolver,
} from 'graphql-scalars';
import { ENTITY_TYPES, type EntityType } from '../../domain/types';

/** GraphQL enum value (PERSON) → graph label (Person). */
const entityTypeValues = Object.fromEntries(ENTITY_TYPES.map((t) => [t.toUpperCase(), t])) as Record<
  string,
  EntityType
>;

export const scalarResolvers = {
  DateTime: DateTimeResolver,
  LocalDate: LocalDateResolver,
  URL: URLResolver,
  PositiveInt: PositiveIntResolver,
  NonNegativeInt: NonNegativeIntResolver,
  // Internal values are the graph's labels, so arguments arrive ready for the allow-lists.
  EntityType: entityTypeValues,
};
