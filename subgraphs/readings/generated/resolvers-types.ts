import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MetricRow as MetricRowRow, LatestReadingRow as LatestReadingRowRow, EquipmentRef as EquipmentRefRow } from '../mappers.js';
import type { ReadingsContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, ISO 8601 with offset (e.g. 2024-06-15T14:30:00+05:30). */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Equipment is owned by the assets subgraph; readings adds what it measured. */
export type Equipment = {
  __typename?: 'Equipment';
  id: Scalars['ID']['output'];
  /**
   * The latest value of each requested metric (all of the equipment's metrics when omitted).
   * Metrics the equipment does not report are left out. For a list of equipment this is one SQL
   * statement in all.
   */
  latest: Array<LatestReading>;
  /** Metrics this equipment reports (what the command-center seed calls its table columns). */
  metrics: Array<Metric>;
};


/** Equipment is owned by the assets subgraph; readings adds what it measured. */
export type EquipmentLatestArgs = {
  metrics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The most recent value of one metric of one piece of equipment. */
export type LatestReading = {
  __typename?: 'LatestReading';
  metric: Metric;
  /**
   * True when the value is older than three of the equipment's data intervals (at least five
   * minutes) at the moment of the request: the feed may have stopped.
   */
  stale: Scalars['Boolean']['output'];
  /** When the value was measured. */
  time: Scalars['DateTime']['output'];
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

/** A measured quantity, e.g. `active_power_kw` in kW. */
export type Metric = {
  __typename?: 'Metric';
  description?: Maybe<Scalars['String']['output']>;
  kind: MetricKind;
  /** Stable snake_case name with the unit as suffix where it has one, e.g. `chw_supply_temp_c`. */
  name: Scalars['String']['output'];
  /** Unit symbol, e.g. kW, kWh, °C, m³/h. */
  unit: Scalars['String']['output'];
};

/** Whether values are instantaneous or per-interval increments; it decides how they aggregate. */
export type MetricKind =
  /** The increment over one sample interval (energy consumed, units produced): summed over a period. */
  | 'COUNTER'
  /** An instantaneous value (power, temperature, pressure): averaged, min/max'd over a period. */
  | 'GAUGE';

export type Query = {
  __typename?: 'Query';
  /** One metric by name (e.g. `active_power_kw`), or null when the catalog has none by that name. */
  metric?: Maybe<Metric>;
  /** The metric catalog: every quantity any equipment or site may report. */
  metrics: Array<Metric>;
};


export type QueryMetricArgs = {
  name: Scalars['String']['input'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Equipment: Equipment;
  Metric: Metric;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Equipment:
    ( { __typename: 'Equipment' }
    & GraphQLRecursivePick<FederationTypes['Equipment'], {"id":true}> );
  Metric:
    ( { __typename: 'Metric' }
    & GraphQLRecursivePick<FederationTypes['Metric'], {"name":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Equipment: ResolverTypeWrapper<EquipmentRefRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  LatestReading: ResolverTypeWrapper<LatestReadingRowRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Metric: ResolverTypeWrapper<MetricRowRow>;
  MetricKind: MetricKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Equipment: EquipmentRefRow;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  LatestReading: LatestReadingRowRow;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  Metric: MetricRowRow;
  Query: Record<PropertyKey, never>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EquipmentResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['Equipment'] = ResolversParentTypes['Equipment'], FederationReferenceType extends FederationReferenceTypes['Equipment'] = FederationReferenceTypes['Equipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Equipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latest?: Resolver<Array<ResolversTypes['LatestReading']>, ParentType, ContextType, Partial<EquipmentLatestArgs>>;
  metrics?: Resolver<Array<ResolversTypes['Metric']>, ParentType, ContextType>;
}>;

export type LatestReadingResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['LatestReading'] = ResolversParentTypes['LatestReading']> = ResolversObject<{
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MetricResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['Metric'] = ResolversParentTypes['Metric'], FederationReferenceType extends FederationReferenceTypes['Metric'] = FederationReferenceTypes['Metric']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Metric']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MetricKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  metric?: Resolver<Maybe<ResolversTypes['Metric']>, ParentType, ContextType, RequireFields<QueryMetricArgs, 'name'>>;
  metrics?: Resolver<Array<ResolversTypes['Metric']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ReadingsContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Equipment?: EquipmentResolvers<ContextType>;
  LatestReading?: LatestReadingResolvers<ContextType>;
  Metric?: MetricResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

