import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EnergySourceRow as EnergySourceRowRow, SeuRow as SeuRowRow, EquipmentRef as EquipmentRefRow } from '../mappers.js';
import type { EnergyContext } from '../context.js';
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

/** A form of energy the plant buys or makes, with its price and carbon intensity. */
export type EnergySource = {
  __typename?: 'EnergySource';
  /** Kilograms of CO₂-equivalent emitted per unit consumed. */
  carbonIntensity: Scalars['Float']['output'];
  /** The readings metric that measures consumption of this source (a COUNTER), e.g. `energy_kwh`. */
  consumptionMetric: Scalars['String']['output'];
  /** Price of one unit, in `currency`. */
  costPerUnit: Scalars['Float']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
  /** Name for people, e.g. Natural gas. */
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Stable snake_case name, e.g. `natural_gas`. */
  name: Scalars['String']['output'];
  /** SEUs that consume this source. */
  seus: Array<Seu>;
  /** Other names people use for it (power, gas…). */
  synonyms: Array<Scalars['String']['output']>;
  /** Unit symbol of consumption, e.g. kWh, m³, kg, Nm³. */
  unit: Scalars['String']['output'];
  /** The unit in words, as the voice assistant says it (kilowatt hours). */
  unitSpoken: Scalars['String']['output'];
};

/** Equipment is owned by the assets subgraph; energy adds the SEUs it belongs to. */
export type Equipment = {
  __typename?: 'Equipment';
  id: Scalars['ID']['output'];
  /** SEUs this equipment belongs to, one per energy source it is metered on. */
  seus: Array<Seu>;
};

export type Query = {
  __typename?: 'Query';
  /** One energy source by id, or null when the caller's organization has none with that id. */
  energySource?: Maybe<EnergySource>;
  /** Energy sources of the caller's organization (electricity, natural gas, steam, compressed air…), by name. */
  energySources: Array<EnergySource>;
  /** Significant energy users (SEUs) of the caller's organization, by name. */
  seus: Array<Seu>;
};


export type QueryEnergySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySeusArgs = {
  energySourceId?: InputMaybe<Scalars['ID']['input']>;
};

/** A significant energy user: one or more pieces of equipment consuming one energy source (ISO 50001). */
export type Seu = {
  __typename?: 'Seu';
  description?: Maybe<Scalars['String']['output']>;
  energySource: EnergySource;
  /** The equipment whose consumption this SEU adds up. */
  equipment: Array<Equipment>;
  id: Scalars['ID']['output'];
  /** Name, unique per energy source; usually the machine's name, e.g. Compressor-1. */
  name: Scalars['String']['output'];
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
  EnergySource: EnergySource;
  Equipment: Equipment;
  Seu: Seu;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  EnergySource:
    ( { __typename: 'EnergySource' }
    & GraphQLRecursivePick<FederationTypes['EnergySource'], {"id":true}> );
  Equipment:
    ( { __typename: 'Equipment' }
    & GraphQLRecursivePick<FederationTypes['Equipment'], {"id":true}> );
  Seu:
    ( { __typename: 'Seu' }
    & GraphQLRecursivePick<FederationTypes['Seu'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EnergySource: ResolverTypeWrapper<EnergySourceRowRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Equipment: ResolverTypeWrapper<EquipmentRefRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Seu: ResolverTypeWrapper<SeuRowRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  EnergySource: EnergySourceRowRow;
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Equipment: EquipmentRefRow;
  Query: Record<PropertyKey, never>;
  Seu: SeuRowRow;
  Boolean: Scalars['Boolean']['output'];
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EnergySourceResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['EnergySource'] = ResolversParentTypes['EnergySource'], FederationReferenceType extends FederationReferenceTypes['EnergySource'] = FederationReferenceTypes['EnergySource']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EnergySource']> | FederationReferenceType, FederationReferenceType, ContextType>;
  carbonIntensity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  consumptionMetric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  costPerUnit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seus?: Resolver<Array<ResolversTypes['Seu']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitSpoken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EquipmentResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['Equipment'] = ResolversParentTypes['Equipment'], FederationReferenceType extends FederationReferenceTypes['Equipment'] = FederationReferenceTypes['Equipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Equipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seus?: Resolver<Array<ResolversTypes['Seu']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  energySource?: Resolver<Maybe<ResolversTypes['EnergySource']>, ParentType, ContextType, RequireFields<QueryEnergySourceArgs, 'id'>>;
  energySources?: Resolver<Array<ResolversTypes['EnergySource']>, ParentType, ContextType>;
  seus?: Resolver<Array<ResolversTypes['Seu']>, ParentType, ContextType, Partial<QuerySeusArgs>>;
}>;

export type SeuResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['Seu'] = ResolversParentTypes['Seu'], FederationReferenceType extends FederationReferenceTypes['Seu'] = FederationReferenceTypes['Seu']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Seu']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  energySource?: Resolver<ResolversTypes['EnergySource'], ParentType, ContextType>;
  equipment?: Resolver<Array<ResolversTypes['Equipment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = EnergyContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  EnergySource?: EnergySourceResolvers<ContextType>;
  Equipment?: EquipmentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Seu?: SeuResolvers<ContextType>;
}>;

