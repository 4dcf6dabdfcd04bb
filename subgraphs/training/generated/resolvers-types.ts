import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DatasetStatisticsRow as DatasetStatisticsRowRow } from '../mappers.js';
import type { TrainingContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** Size and shape of the data available for training. */
export type DatasetStatistics = {
  __typename?: 'DatasetStatistics';
  /** Size of the whole database on disk, in bytes. */
  databaseSizeBytes: Scalars['Float']['output'];
  /** Distinct equipment types among them. */
  equipmentTypes: Scalars['Int']['output'];
  /** The same interval in words, e.g. `1 minute`. */
  interval?: Maybe<Scalars['String']['output']>;
  /** The most points any one piece of equipment has at distinct timestamps in one series (the seed's rows per table). */
  maxTimepointsPerEquipment: Scalars['Float']['output'];
  /** First and last reading, or null when there are none. */
  timeRange?: Maybe<TimeRange>;
  /** Pieces of equipment with at least one series of readings. */
  totalEquipment: Scalars['Int']['output'];
  /** Points (single readings) in all series. */
  totalPoints: Scalars['Float']['output'];
  /** Series (one per equipment × metric, or site × metric) in all. */
  totalSeries: Scalars['Int']['output'];
  /** Equipment count per type, largest first. */
  typeBreakdown: Array<TypeCount>;
  /** The most common sampling interval across series, in seconds. */
  typicalIntervalSeconds?: Maybe<Scalars['Int']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * What the training data holds for the caller's organization — the command-center seed's
   * `get_training_statistics`, computed from the database at the time of the request.
   */
  datasetStatistics: DatasetStatistics;
};

/** The time span the readings cover. */
export type TimeRange = {
  __typename?: 'TimeRange';
  from: Scalars['DateTime']['output'];
  to: Scalars['DateTime']['output'];
};

/** How many pieces of equipment of one type have readings. */
export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  /** Equipment type id, e.g. `chiller`. */
  type: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DatasetStatistics: ResolverTypeWrapper<DatasetStatisticsRowRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimeRange: ResolverTypeWrapper<TimeRange>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DatasetStatistics: DatasetStatisticsRowRow;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  DateTime: Scalars['DateTime']['output'];
  Query: Record<PropertyKey, never>;
  TimeRange: TimeRange;
  TypeCount: TypeCount;
  Boolean: Scalars['Boolean']['output'];
}>;

export type DatasetStatisticsResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['DatasetStatistics'] = ResolversParentTypes['DatasetStatistics']> = ResolversObject<{
  databaseSizeBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  equipmentTypes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  interval?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maxTimepointsPerEquipment?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  timeRange?: Resolver<Maybe<ResolversTypes['TimeRange']>, ParentType, ContextType>;
  totalEquipment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalSeries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  typeBreakdown?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  typicalIntervalSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type QueryResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  datasetStatistics?: Resolver<ResolversTypes['DatasetStatistics'], ParentType, ContextType>;
}>;

export type TimeRangeResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['TimeRange'] = ResolversParentTypes['TimeRange']> = ResolversObject<{
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TypeCountResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = TrainingContext> = ResolversObject<{
  DatasetStatistics?: DatasetStatisticsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  TimeRange?: TimeRangeResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
}>;

