// Scalars shared by every subgraph; each schema.graphql declares the same names.
import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONObjectResolver, JSONResolver, UUIDResolver } from 'graphql-scalars';

const dateTime = DateTimeResolver.toConfig();

/**
 * graphql-scalars' DateTime, serializing a Date straight to its ISO string: its own serialize
 * hands the Date on for JSON.stringify to call toJSON, which costs about a microsecond per
 * value — most of the time of a long series.
 */
export const DateTime = new GraphQLScalarType({
  ...dateTime,
  serialize(value: unknown) {
    if (value instanceof Date) {
      const ms = value.getTime();
      if (ms === ms) return value.toISOString();
    }
    return dateTime.serialize(value);
  },
});

export const scalarResolvers = {
  DateTime,
  JSON: JSONResolver,
  JSONObject: JSONObjectResolver,
  UUID: UUIDResolver,
};
