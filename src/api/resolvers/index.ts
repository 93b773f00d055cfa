import { entityResolvers } from './entity';
import { eventResolvers } from './event';
import { graphResolvers } from './graph';
import { mutationResolvers } from './mutation';
import { queryResolvers } from './query';
import { scalarResolvers } from './scalars';

/** Every resolver map, merged; Query is split over query.ts (lookups) and graph.ts (traversals). */
export const resolvers = {
  ...scalarResolvers,
  ...entityResolvers,
  ...eventResolvers,
  ...mutationResolvers,
  Query: { ...queryResolvers.Query, ...graphResolvers.Query },
  Node: queryResolvers.Node,
  Path: graphResolvers.Path,
  PathStep: graphResolvers.PathStep,
};
