// Field rules come from the schema itself: `@requiresRole(anyOf: [...])` is read from each
// field's SDL and enforced here, in the subgraph, so no resolver can forget a check and a
// subgraph reached without the gateway still applies it. A role includes the roles below it
// (see identity.ts). (Federation's @requiresScopes would say the same, but @apollo/gateway
// refuses supergraphs that carry security features it cannot enforce itself.)
import { defaultFieldResolver, type GraphQLField, type GraphQLSchema, isObjectType, Kind } from 'graphql';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import { effectiveRoles, type Identity } from './identity.js';

export interface FieldRule {
  /** Any one inner list, all of whose roles are held, grants access. */
  scopes: string[][];
}

export function fieldRule(field: GraphQLField<unknown, unknown>): FieldRule | null {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'requiresRole');
  if (!directive) return null;
  const arg = directive.arguments?.find((a) => a.name.value === 'anyOf');
  const roles = arg?.value.kind === Kind.LIST ? arg.value.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : [];
  // Any one of the roles grants access: one single-role set each.
  return { scopes: roles.map((r) => [r]) };
}

export function checkRule(rule: FieldRule, identity: Identity | undefined, fieldName: string): void {
  if (!identity || identity.subject === 'nobody') {
    throw new UnauthenticatedError(`${fieldName} needs an authenticated caller: send an API key or a bearer token.`);
  }
  const held = effectiveRoles(identity.roles);
  if (rule.scopes.some((set) => set.every((role) => held.has(role as never)))) return;
  const needed = rule.scopes.map((set) => set.join(' and ')).join(' or ');
  throw new ForbiddenError(`${fieldName} needs the role ${needed}; this caller has ${identity.roles.join(', ') || 'no role'}.`, { requiredRoles: rule.scopes });
}

/** Wraps every field that carries a rule; returns the rules found, by `Type.field`. */
export function enforceFieldRules(schema: GraphQLSchema): Map<string, FieldRule> {
  const found = new Map<string, FieldRule>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = fieldRule(field);
      if (!rule) continue;
      const name = `${type.name}.${field.name}`;
      found.set(name, rule);
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx: { identity?: Identity }, info) => {
        checkRule(rule, ctx.identity, name);
        return resolve(source, args, ctx, info);
      };
    }
  }
  return found;
}
