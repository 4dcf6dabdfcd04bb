// Rules every subgraph schema keeps, checked on the SDL files themselves:
// - everything user-facing is documented;
// - every mutation names the roles that may run it (@requiresRole, enforced in the subgraph);
// - root query fields, and fields a subgraph adds to another's entity, are nullable, so one
//   failing subgraph costs its own fields only, not the whole response.
import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLField, type GraphQLNamedType, isEnumType, isInputObjectType, isNonNullType, isObjectType, parse } from 'graphql';
import { SUBGRAPH_NAMES } from '../../common/subgraph.js';

const OWNERS: Record<string, string> = { Organization: 'assets', Site: 'assets', Equipment: 'assets', EquipmentType: 'assets' };
const FEDERATION = /^(_|Query\._|link__|federation__)/;

function load(name: string) {
  const sdl = readFileSync(`subgraphs/${name}/schema.graphql`, 'utf8');
  return buildSubgraphSchema([{ typeDefs: parse(sdl) }]);
}

describe.each(SUBGRAPH_NAMES.map((n) => [n]))('%s schema', (name) => {
  const schema = load(name);
  const types = Object.values(schema.getTypeMap()).filter((t: GraphQLNamedType) => !t.name.startsWith('__') && !FEDERATION.test(t.name) && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));

  it('documents every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of types) {
      if (!type.description && !['Query', 'Mutation'].includes(type.name) && !(OWNERS[type.name] && OWNERS[type.name] !== name)) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          const path = `${type.name}.${field.name}`;
          if (FEDERATION.test(path) || (field.name === 'id' && OWNERS[type.name] && OWNERS[type.name] !== name)) continue;
          // An @external field is the owner's; its documentation lives there.
          if ('astNode' in field && field.astNode?.directives?.some((d: { name: { value: string } }) => d.name.value === 'external')) continue;
          if (!field.description) missing.push(path);
          for (const arg of (field as GraphQLField<unknown, unknown>).args ?? []) if (!arg.description) missing.push(`${path}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('names the roles of every mutation', () => {
    const mutation = schema.getMutationType();
    const bare = Object.values(mutation?.getFields() ?? {})
      .filter((f) => !f.astNode?.directives?.some((d) => d.name.value === 'requiresRole'))
      .map((f) => f.name);
    expect(bare).toEqual([]);
  });

  it('keeps root queries and fields added to other subgraphs’ entities nullable', () => {
    const nonNull: string[] = [];
    for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
      if (!field.name.startsWith('_') && isNonNullType(field.type)) nonNull.push(`Query.${field.name}`);
    }
    for (const [type, owner] of Object.entries(OWNERS)) {
      const t = schema.getType(type);
      if (owner === name || !t || !isObjectType(t)) continue;
      for (const field of Object.values(t.getFields())) {
        const external = field.astNode?.directives?.some((d) => d.name.value === 'external');
        if (field.name !== 'id' && !external && isNonNullType(field.type)) nonNull.push(`${type}.${field.name}`);
      }
    }
    expect(nonNull).toEqual([]);
  });
});
