// Operation limits the gateway enforces before planning: depth, aliases and tokens through
// GraphQL Armor's rules, root fields and a cost estimate of our own. Every refusal is
// LIMIT_EXCEEDED and names the limit, so a client knows what to change.
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import type { LimitsConfig } from '../common/config.js';

function limitError(limit: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'LIMIT_EXCEEDED', limit, ...extra, http: { status: 400 } } });
}

/** Armor reports "Syntax Error: …"; we report our code and say what to do instead. */
function armorRule(
  limit: string,
  advice: string,
  make: (opts: { n: number; onReject: ((ctx: ValidationContext | null, err: GraphQLError) => void)[]; propagateOnRejection: boolean }) => ValidationRule,
  n: number,
): ValidationRule {
  return make({
    n,
    propagateOnRejection: false,
    onReject: [(ctx, err) => ctx?.reportError(limitError(limit, `${err.message.replace(/^Syntax Error: /, '')} ${advice}`, { maximum: n }))],
  });
}

export function limitValidationRules(limits: LimitsConfig): ValidationRule[] {
  return [
    armorRule('maxDepth', 'Split the operation or select less deeply.', (o) => maxDepthRule({ ...o, flattenFragments: true }) as unknown as ValidationRule, limits.maxDepth),
    armorRule('maxAliases', 'Use fewer aliases, e.g. ask for several metrics with seriesSet.', (o) => maxAliasesRule(o) as unknown as ValidationRule, limits.maxAliases),
  ];
}

const MINUTE_MS = 60_000;
const INTERVAL_MS: Record<string, number> = { minute: MINUTE_MS, hour: 60 * MINUTE_MS, day: 24 * 60 * MINUTE_MS, week: 7 * 24 * 60 * MINUTE_MS, month: 30 * 24 * 60 * MINUTE_MS };

function intervalMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+)?\s*(minute|hour|day|week|month)s?\s*$/i.exec(value) ?? /^\s*(\d+)\s*(m|h|d)\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = { m: 'minute', h: 'hour', d: 'day' }[m[2].toLowerCase()] ?? m[2].toLowerCase();
  return (Number(m[1] ?? 1) || 1) * INTERVAL_MS[unit];
}

function argValues(field: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const arg of field.arguments ?? []) out[arg.name.value] = valueFromASTUntyped(arg.value as ValueNode, variables);
  return out;
}

/**
 * Points a time-range field would return: maxPoints when given, else the range divided by the
 * interval (raw minutes without one), times the number of series asked for.
 */
export function estimatePoints(args: Record<string, unknown>): number {
  if (args.from === undefined || args.to === undefined) return 0;
  const span = Date.parse(String(args.to)) - Date.parse(String(args.from));
  if (!Number.isFinite(span) || span <= 0) return 0;
  const perSeries = typeof args.maxPoints === 'number' ? args.maxPoints : Math.ceil(span / (intervalMs(args.interval) ?? MINUTE_MS));
  const many = (v: unknown) => (Array.isArray(v) ? Math.max(1, v.length) : 1);
  return perSeries * many(args.equipmentIds) * many(args.metrics);
}

const PAGE_ARGS = ['first', 'count', 'limit', 'batchSize'];

/** Cost units: 1 per field, × the page size of enclosing lists, plus points / 100 for ranges. */
export function operationCost(op: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>, variables: Record<string, unknown>): number {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, multiplier: number): number => {
    if (!set) return 0;
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const args = argValues(sel, variables);
        const page = PAGE_ARGS.map((a) => args[a]).find((v) => typeof v === 'number') as number | undefined;
        const inner = multiplier * Math.max(1, Math.min(page ?? 1, 10_000));
        cost += multiplier + Math.ceil((multiplier * estimatePoints(args)) / 100) + walk(sel.selectionSet, inner);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(sel.selectionSet, multiplier);
      } else {
        const frag = fragments.get(sel.name.value);
        if (frag && !seen.has(frag.name.value)) {
          seen.add(frag.name.value);
          cost += walk(frag.selectionSet, multiplier);
          seen.delete(frag.name.value);
        }
      }
    }
    return cost;
  };
  return walk(op.selectionSet, 1);
}

export function checkOperation(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, limits: LimitsConfig): { cost: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    if (def.kind === Kind.OPERATION_DEFINITION) operations.push(def);
  }
  const op = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!op) return { cost: 0 };
  const rootFields = op.selectionSet.selections.length;
  if (rootFields > limits.maxRootFields) {
    throw limitError('maxRootFields', `The operation has ${rootFields} root fields; at most ${limits.maxRootFields} are allowed. Split it into several operations.`, { maximum: limits.maxRootFields });
  }
  const cost = operationCost(op, fragments, variables);
  if (cost > limits.maxCost) {
    throw limitError('maxCost', `The operation would cost ${cost} units; at most ${limits.maxCost} are allowed. Ask for shorter ranges, coarser intervals, maxPoints or smaller pages.`, { maximum: limits.maxCost, cost });
  }
  return { cost };
}

/** Root-field and cost checks; they need the request's variables. (Tokens are counted in request-guard.ts.) */
export function costLimitPlugin<T extends { cost?: number }>(limits: LimitsConfig): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, contextValue }) {
          contextValue.cost = checkOperation(document, request.operationName, request.variables ?? {}, limits).cost;
        },
      };
    },
  };
}
