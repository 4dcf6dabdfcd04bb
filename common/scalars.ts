// Scalars shared by every subgraph; each schema.graphql declares the same names.
import { DateTimeResolver, JSONObjectResolver, JSONResolver, UUIDResolver } from 'graphql-scalars';

export const scalarResolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  JSONObject: JSONObjectResolver,
  UUID: UUIDResolver,
};
