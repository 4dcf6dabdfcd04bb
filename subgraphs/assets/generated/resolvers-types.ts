import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Organization as OrganizationRow } from '../../../database/tables/platform.table.js';
import type { Site as SiteRow, Equipment as EquipmentRow } from '../../../database/tables/assets.table.js';
import type { EquipmentTypeRow as EquipmentTypeRowRow, EquipmentPage as EquipmentPageRow } from '../mappers.js';
import type { AssetsContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  /** A JSON object. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A machine, panel, meter or other asset that may produce readings. */
export type Equipment = {
  __typename?: 'Equipment';
  category: EquipmentCategory;
  /** Unique within the organization, e.g. `chiller_001` or `Compressor-1`. */
  code: Scalars['String']['output'];
  /** Nominal seconds between readings. */
  dataIntervalSeconds: Scalars['Int']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Installation date, YYYY-MM-DD. */
  installedOn?: Maybe<Scalars['String']['output']>;
  /** Where inside the site, in words (e.g. Chiller Room). */
  location?: Maybe<Scalars['String']['output']>;
  manufacturer?: Maybe<Scalars['String']['output']>;
  /** Free-form attributes. */
  metadata: Scalars['JSONObject']['output'];
  model?: Maybe<Scalars['String']['output']>;
  /** MQTT topic the equipment publishes on. */
  mqttTopic?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  ratings: Array<Rating>;
  /** Set when the equipment was retired; retired equipment is left out of lists. */
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  serialNumber?: Maybe<Scalars['String']['output']>;
  site: Site;
  status: EquipmentStatus;
  /** When the current status began. */
  statusSince: Scalars['DateTime']['output'];
  type: EquipmentType;
};

/** Broad grouping of equipment types, as the command-center inventory groups them. */
export type EquipmentCategory =
  /** Low-tension electrical panels: MCC, PCC, APFC, DB, MLDB, SMDB, VFD, PLC, ATS, changeover. */
  | 'LT_PANEL'
  /** Transformers, DG sets, UPS, chillers, AHUs, cooling towers, pumps, compressors, motors, meters, HVAC. */
  | 'MAJOR_EQUIPMENT'
  /** Machines that make product (injection molding, conveyors). */
  | 'PRODUCTION_MACHINE'
  /** Other plant utilities. */
  | 'UTILITY';

/** A page of equipment. */
export type EquipmentConnection = {
  __typename?: 'EquipmentConnection';
  edges: Array<EquipmentEdge>;
  pageInfo: PageInfo;
  /** How many pieces of equipment match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One piece of equipment in a page, with its cursor. */
export type EquipmentEdge = {
  __typename?: 'EquipmentEdge';
  cursor: Scalars['String']['output'];
  node: Equipment;
};

/** Narrows an equipment list; all given conditions must hold. */
export type EquipmentFilter = {
  /** Only these categories. */
  categories?: InputMaybe<Array<EquipmentCategory>>;
  /** Only codes starting with this text, case-insensitive (the seed's `prefix='chiller'`). */
  codePrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only equipment in this site or any site inside it. */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  /** Only equipment in one of these states. */
  statuses?: InputMaybe<Array<EquipmentStatus>>;
  /** Only these types (ids such as `chiller`). */
  typeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Operating state of a piece of equipment. */
export type EquipmentStatus =
  | 'FAULT'
  | 'IDLE'
  | 'MAINTENANCE'
  | 'OFF'
  | 'RUNNING';

/** A kind of equipment, e.g. `chiller` (Water Chiller). */
export type EquipmentType = {
  __typename?: 'EquipmentType';
  category: EquipmentCategory;
  description?: Maybe<Scalars['String']['output']>;
  /** How many non-retired pieces of equipment of this type the caller's organization has. */
  equipmentCount: Scalars['Int']['output'];
  /** Stable identifier, also the code prefix of the command-center inventory (`chiller`, `lt_mcc`). */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A tenant: every site, piece of equipment and reading belongs to exactly one organization. */
export type Organization = {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Top-level sites of this organization. */
  sites: Array<Site>;
  /** Short unique name used in URLs and keys, e.g. `demo`. */
  slug: Scalars['String']['output'];
  /** Most users this organization may have; null when unlimited. */
  userLimit?: Maybe<Scalars['Int']['output']>;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** One piece of equipment by id, or null when there is none in the caller's organization. */
  equipment?: Maybe<Equipment>;
  /**
   * One piece of equipment by its code, forgiving of case and separators: "compressor 1",
   * "COMPRESSOR_1" and "Compressor-1" all find `Compressor-1`. Null when none matches.
   */
  equipmentByCode?: Maybe<Equipment>;
  /**
   * Equipment of the caller's organization in a stable order (code, then id), a page at a time
   * (Relay cursor connection).
   */
  equipmentList: EquipmentConnection;
  /** The equipment type catalog with how many pieces of equipment of each type the caller's organization has. */
  equipmentTypes: Array<EquipmentType>;
  /** Organizations (tenants) visible to the caller. */
  organizations: Array<Organization>;
  /** One site by id, or null when there is none in the caller's organization. */
  site?: Maybe<Site>;
  /** Sites of the caller's organization, outermost first (campuses and factories, then buildings, rooms). */
  sites: Array<Site>;
};


export type QueryEquipmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEquipmentByCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryEquipmentListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EquipmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySiteArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySitesArgs = {
  kind?: InputMaybe<SiteKind>;
};

/** A nameplate rating, e.g. capacity 150 TR or rated power 75 kW. */
export type Rating = {
  __typename?: 'Rating';
  name: Scalars['String']['output'];
  /** Unit symbol: kVA, kW, TR, CFM, A… */
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

/** A place: campus, factory, facility, building, room or area. */
export type Site = {
  __typename?: 'Site';
  address?: Maybe<Scalars['String']['output']>;
  /** Sites directly inside this one. */
  children: Array<Site>;
  /** Unique within the organization. */
  code: Scalars['String']['output'];
  /** Equipment located directly in this site (not in its children). */
  equipment: Array<Equipment>;
  id: Scalars['ID']['output'];
  kind: SiteKind;
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  /** Free-form attributes. */
  metadata: Scalars['JSONObject']['output'];
  name: Scalars['String']['output'];
  organization: Organization;
  /** The enclosing site, or null for a top-level site. */
  parent?: Maybe<Site>;
  /** IANA time zone; day, week and month buckets of this site's readings follow it. */
  timeZone: Scalars['String']['output'];
};

/** What a site is; sites nest (a campus holds buildings, a building holds rooms). */
export type SiteKind =
  | 'AREA'
  | 'BUILDING'
  | 'CAMPUS'
  | 'FACILITY'
  | 'FACTORY'
  | 'ROOM';

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
  EquipmentType: EquipmentType;
  Organization: Organization;
  Site: Site;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Equipment:
    ( { __typename: 'Equipment' }
    & GraphQLRecursivePick<FederationTypes['Equipment'], {"id":true}> );
  EquipmentType:
    ( { __typename: 'EquipmentType' }
    & GraphQLRecursivePick<FederationTypes['EquipmentType'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Site:
    ( { __typename: 'Site' }
    & GraphQLRecursivePick<FederationTypes['Site'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Equipment: ResolverTypeWrapper<EquipmentRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  EquipmentCategory: EquipmentCategory;
  EquipmentConnection: ResolverTypeWrapper<EquipmentPageRow>;
  EquipmentEdge: ResolverTypeWrapper<Omit<EquipmentEdge, 'node'> & { node: ResolversTypes['Equipment'] }>;
  EquipmentFilter: EquipmentFilter;
  EquipmentStatus: EquipmentStatus;
  EquipmentType: ResolverTypeWrapper<EquipmentTypeRowRow>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rating: ResolverTypeWrapper<Rating>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Site: ResolverTypeWrapper<SiteRow>;
  SiteKind: SiteKind;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Equipment: EquipmentRow;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  EquipmentConnection: EquipmentPageRow;
  EquipmentEdge: Omit<EquipmentEdge, 'node'> & { node: ResolversParentTypes['Equipment'] };
  EquipmentFilter: EquipmentFilter;
  EquipmentType: EquipmentTypeRowRow;
  JSON: Scalars['JSON']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  Organization: OrganizationRow;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Rating: Rating;
  Float: Scalars['Float']['output'];
  Site: SiteRow;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EquipmentResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Equipment'] = ResolversParentTypes['Equipment'], FederationReferenceType extends FederationReferenceTypes['Equipment'] = FederationReferenceTypes['Equipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Equipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  category?: Resolver<ResolversTypes['EquipmentCategory'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataIntervalSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manufacturer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mqttTopic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratings?: Resolver<Array<ResolversTypes['Rating']>, ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  serialNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EquipmentStatus'], ParentType, ContextType>;
  statusSince?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EquipmentType'], ParentType, ContextType>;
}>;

export type EquipmentConnectionResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentConnection'] = ResolversParentTypes['EquipmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EquipmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EquipmentEdgeResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentEdge'] = ResolversParentTypes['EquipmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
}>;

export type EquipmentTypeResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentType'] = ResolversParentTypes['EquipmentType'], FederationReferenceType extends FederationReferenceTypes['EquipmentType'] = FederationReferenceTypes['EquipmentType']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EquipmentType']> | FederationReferenceType, FederationReferenceType, ContextType>;
  category?: Resolver<ResolversTypes['EquipmentCategory'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  equipmentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type OrganizationResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sites?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType, RequireFields<QueryEquipmentArgs, 'id'>>;
  equipmentByCode?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType, RequireFields<QueryEquipmentByCodeArgs, 'code'>>;
  equipmentList?: Resolver<ResolversTypes['EquipmentConnection'], ParentType, ContextType, RequireFields<QueryEquipmentListArgs, 'first'>>;
  equipmentTypes?: Resolver<Array<ResolversTypes['EquipmentType']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySiteArgs, 'id'>>;
  sites?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType, Partial<QuerySitesArgs>>;
}>;

export type RatingResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Rating'] = ResolversParentTypes['Rating']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SiteResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  equipment?: Resolver<Array<ResolversTypes['Equipment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SiteKind'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AssetsContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Equipment?: EquipmentResolvers<ContextType>;
  EquipmentConnection?: EquipmentConnectionResolvers<ContextType>;
  EquipmentEdge?: EquipmentEdgeResolvers<ContextType>;
  EquipmentType?: EquipmentTypeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  JSONObject?: GraphQLScalarType;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rating?: RatingResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
}>;

