// Field rules come from the schema itself: `@authenticated` and `@requiresScopes` (the
// federation directives Apollo Router and Hive Gateway also understand) are read from each
// field's SDL and enforced here, in the subgraph, so no resolver can forget a check and a
// Router deployment enforces the same rules. Scopes are role names; a role includes the roles
// below it (see identity.ts).
import { defaultFieldResolver, type GraphQLField, type GraphQLSchema, isObjectType, Kind, type ValueNode } from 'graphql';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import { effectiveRoles, type Identity } from './identity.js';

export interface FieldRule {
  authenticated: boolean;
  /** Any one inner list, all of whose roles are held, grants access. */
  scopes: string[][] | null;
}

function stringLists(node: ValueNode): string[][] {
  if (node.kind !== Kind.LIST) return [];
  return node.values.map((inner) => (inner.kind === Kind.LIST ? inner.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : []));
}

export function fieldRule(field: GraphQLField<unknown, unknown>): FieldRule | null {
  const directives = field.astNode?.directives ?? [];
  const scoped = directives.find((d) => d.name.value === 'requiresScopes');
  if (scoped) {
    const arg = scoped.arguments?.find((a) => a.name.value === 'scopes');
    return { authenticated: true, scopes: arg ? stringLists(arg.value) : [] };
  }
  return directives.some((d) => d.name.value === 'authenticated') ? { authenticated: true, scopes: null } : null;
}

export function checkRule(rule: FieldRule, identity: Identity | undefined, fieldName: string): void {
  if (!identity || identity.subject === 'nobody') {
    throw new UnauthenticatedError(`${fieldName} needs an authenticated caller: send an API key or a bearer token.`);
  }
  if (!rule.scopes) return;
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
