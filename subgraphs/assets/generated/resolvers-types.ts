import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Organization as OrganizationRow } from '../../../database/tables/platform.table.js';
import type { Site as SiteRow } from '../../../database/tables/assets.table.js';
import type { EquipmentTypeRow as EquipmentTypeRowRow, EquipmentRow as EquipmentRowRow, EquipmentPage as EquipmentPageRow, RelationRow as RelationRowRow, TopologyRow as TopologyRowRow, PathRow as PathRowRow, CallerRow as CallerRowRow, ApiKeyRow as ApiKeyRowRow, UserRow as UserRowRow, UsageReportRow as UsageReportRowRow, UsageLineRow as UsageLineRowRow, AuditEntryRow as AuditEntryRowRow, SearchHitRow as SearchHitRowRow, StatusChangeRow as StatusChangeRowRow } from '../mappers.js';
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

/** An API key. Its secret is shown once, when it is created; only a hash is stored. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** False once revoked or expired. */
  active: Scalars['Boolean']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it stops working; null for never. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Last use, to the minute. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for. */
  name: Scalars['String']['output'];
  /** The public start of the key (`pgk_<prefix>_…`), to recognise it in lists and logs. */
  prefix: Scalars['String']['output'];
  /** When it was revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Roles the key carries. */
  roles: Array<Role>;
  /** The user the key belongs to, if any. */
  user?: Maybe<User>;
};

/** One item of an import. */
export type AssetImportItem = {
  __typename?: 'AssetImportItem';
  /** The code the equipment got (or would have got). */
  code?: Maybe<Scalars['String']['output']>;
  /** The item's id as given (null when missing). */
  id?: Maybe<Scalars['String']['output']>;
  /** Position in the document, from 0. */
  index: Scalars['Int']['output'];
  /** What happened. */
  outcome: AssetImportOutcome;
  /** Why the item was rejected, or which fields changed. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** What an import did with one item. */
export type AssetImportOutcome =
  /** The equipment was new and was created. */
  | 'CREATED'
  /** The item was not imported; see `reason`. */
  | 'REJECTED'
  /** The equipment existed with the same fields. */
  | 'UNCHANGED'
  /** The equipment existed and some fields changed. */
  | 'UPDATED';

/** The result of an import. */
export type AssetImportReport = {
  __typename?: 'AssetImportReport';
  /** Items created. */
  created: Scalars['Int']['output'];
  /** Equipment types created for the import. */
  createdTypes: Array<Scalars['String']['output']>;
  /** Every item, in document order. */
  items: Array<AssetImportItem>;
  /** Items rejected. */
  rejected: Scalars['Int']['output'];
  /** Items already up to date. */
  unchanged: Scalars['Int']['output'];
  /** Items updated. */
  updated: Scalars['Int']['output'];
  /** True when the accepted items were written (false for a dry run or an all-or-nothing import with rejections). */
  written: Scalars['Boolean']['output'];
};

/** One mutation as the audit log recorded it. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Who: `key:<id>`, `jwt:<sub>` or `anonymous`. */
  actor: Scalars['String']['output'];
  /** The arguments, secrets redacted. */
  arguments: Scalars['JSONObject']['output'];
  /** When the mutation ran. */
  at: Scalars['DateTime']['output'];
  /** The error code when the outcome is ERROR. */
  errorCode?: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The mutation field, e.g. `ingestReadings`. */
  operation: Scalars['String']['output'];
  /** Whether it succeeded. */
  outcome: AuditOutcome;
  /** The request id, to find its log lines. */
  requestId?: Maybe<Scalars['String']['output']>;
};

/** Whether an audited mutation succeeded. */
export type AuditOutcome =
  /** It failed; nothing was written. */
  | 'ERROR'
  /** It succeeded. */
  | 'OK';

/** The authenticated caller. */
export type Caller = {
  __typename?: 'Caller';
  /** The organization the caller acts in. */
  organization?: Maybe<Organization>;
  /** Roles the caller holds. */
  roles: Array<Role>;
  /** `key:<id>` for an API key, `jwt:<sub>` for a bearer token, `anonymous` in development. */
  subject: Scalars['String']['output'];
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** When the key stops working; never when omitted. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the key is for, e.g. `grafana dashboard`. */
  name: Scalars['String']['input'];
  /** Roles the key carries; at least one. */
  roles: Array<Role>;
  /** The user the key belongs to, if any. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new piece of equipment. */
export type CreateEquipmentInput = {
  /** Unique within the organization (case- and separator-insensitive), 1 to 100 characters. */
  code: Scalars['String']['input'];
  /** Nominal seconds between readings, 1 to 86400; 60 when omitted. */
  dataIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** What it is and does. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Id to use (a UUID); generated when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Installation date, YYYY-MM-DD. */
  installedOn?: InputMaybe<Scalars['String']['input']>;
  /** Where inside the site, in words. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Maker. */
  manufacturer?: InputMaybe<Scalars['String']['input']>;
  /** Free-form attributes. */
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Model. */
  model?: InputMaybe<Scalars['String']['input']>;
  /** MQTT topic it publishes on. */
  mqttTopic?: InputMaybe<Scalars['String']['input']>;
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Nameplate ratings. */
  ratings?: InputMaybe<Array<RatingInput>>;
  /** Serial number. */
  serialNumber?: InputMaybe<Scalars['String']['input']>;
  /** The site it is in (a UUID). */
  siteId: Scalars['ID']['input'];
  /** Initial status; RUNNING when omitted. */
  status?: InputMaybe<EquipmentStatus>;
  /** Equipment type id from the catalog, e.g. `chiller`. */
  typeId: Scalars['ID']['input'];
};

/** A new site. */
export type CreateSiteInput = {
  /** Postal address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Climate label for weather simulation. */
  climate?: InputMaybe<Scalars['String']['input']>;
  /** Unique within the organization, 1 to 100 characters. */
  code: Scalars['String']['input'];
  /** Id to use (a UUID); generated when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What the site is. */
  kind: SiteKind;
  /** Latitude in degrees, -90 to 90. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude in degrees, -180 to 180. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Free-form attributes. */
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** The enclosing site; omitted for a top-level site. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** IANA time zone (e.g. Asia/Kolkata); the parent's when omitted, required for a top-level site. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** A new user. */
export type CreateUserInput = {
  /** Email address, unique across the platform. */
  email: Scalars['String']['input'];
  /** Display name. */
  name: Scalars['String']['input'];
  /** Roles to grant; at least one. */
  roles: Array<Role>;
};

/** A newly created key, with the one and only copy of its secret. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The key as it is listed from now on. */
  apiKey: ApiKey;
  /** The whole key, to send as `x-api-key` or `Authorization: Bearer`. Store it now: it cannot be shown again. */
  secret: Scalars['String']['output'];
};

/** A machine, panel, meter or other asset that may produce readings. */
export type Equipment = {
  __typename?: 'Equipment';
  /** The category of its type. */
  category: EquipmentCategory;
  /** Unique within the organization, e.g. `chiller_001` or `Compressor-1`. */
  code: Scalars['String']['output'];
  /** Nominal seconds between readings. */
  dataIntervalSeconds: Scalars['Int']['output'];
  /** What the equipment is and does, in words. */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * Equipment that depends on this one, nearest first (a transformer's PCCs, their MCCs, the
   * motors those feed…) up to `maxDepth` relations. Each piece of equipment appears once, at its
   * shortest distance; loops in the relations end the walk.
   */
  downstream: Array<TopologyNode>;
  /** Stable id (a UUID). */
  id: Scalars['ID']['output'];
  /** Installation date, YYYY-MM-DD. */
  installedOn?: Maybe<Scalars['String']['output']>;
  /** Where inside the site, in words (e.g. Chiller Room). */
  location?: Maybe<Scalars['String']['output']>;
  /** Maker, where known. */
  manufacturer?: Maybe<Scalars['String']['output']>;
  /** Free-form attributes. */
  metadata: Scalars['JSONObject']['output'];
  /** Model, where known. */
  model?: Maybe<Scalars['String']['output']>;
  /** MQTT topic the equipment publishes on. */
  mqttTopic?: Maybe<Scalars['String']['output']>;
  /** Display name, e.g. Chiller 1. */
  name: Scalars['String']['output'];
  /** The organization owning the equipment. */
  organization: Organization;
  /** Nameplate ratings with units. */
  ratings: Array<Rating>;
  /** Relations touching this equipment directly, both directions. */
  relations: Array<EquipmentRelation>;
  /** Set when the equipment was retired; retired equipment is left out of lists. */
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Serial number, where known. */
  serialNumber?: Maybe<Scalars['String']['output']>;
  /** The site the equipment is in. */
  site: Site;
  /** Current operating status. */
  status: EquipmentStatus;
  /** Status changes, newest first. */
  statusHistory: Array<StatusChange>;
  /** When the current status began. */
  statusSince: Scalars['DateTime']['output'];
  /** The equipment type. */
  type: EquipmentType;
  /**
   * Equipment this one depends on, nearest first: what feeds, serves, switches, meters or backs
   * it up, and so on upstream up to `maxDepth` relations. Each piece of equipment appears once, at
   * its shortest distance; loops in the relations end the walk.
   */
  upstream: Array<TopologyNode>;
};


/** A machine, panel, meter or other asset that may produce readings. */
export type EquipmentDownstreamArgs = {
  kinds?: InputMaybe<Array<RelationKind>>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};


/** A machine, panel, meter or other asset that may produce readings. */
export type EquipmentStatusHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A machine, panel, meter or other asset that may produce readings. */
export type EquipmentUpstreamArgs = {
  kinds?: InputMaybe<Array<RelationKind>>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
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
  /** The equipment of this page, in order. */
  edges: Array<EquipmentEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many pieces of equipment match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One piece of equipment in a page, with its cursor. */
export type EquipmentEdge = {
  __typename?: 'EquipmentEdge';
  /** Opaque position of this edge; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The equipment. */
  node: Equipment;
};

/** Narrows an equipment list; all given conditions must hold. */
export type EquipmentFilter = {
  /** Only these categories. */
  categories?: InputMaybe<Array<EquipmentCategory>>;
  /** Only codes starting with this text, case-insensitive (the seed's `prefix='chiller'`). */
  codePrefix?: InputMaybe<Scalars['String']['input']>;
  /** Include retired equipment. */
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this organization's equipment: FORBIDDEN unless it is the caller's organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only equipment in this site or any site inside it. */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  /** Only equipment in one of these states. */
  statuses?: InputMaybe<Array<EquipmentStatus>>;
  /**
   * Only equipment whose searchable text (code, name, type, location, site, description,
   * metadata) contains every word of this, case-insensitive; 1 to 200 characters.
   */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only these types (ids such as `chiller`); BAD_USER_INPUT naming the allowed ids for an unknown one. */
  typeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A chain of relations between two pieces of equipment. */
export type EquipmentPath = {
  __typename?: 'EquipmentPath';
  /**
   * Equipment along the path in the direction its relations run, ends included: from `fromId` to
   * `toId` when `forward`, else from `toId` to `fromId`.
   */
  equipment: Array<Equipment>;
  /** False when the relations run from `toId` to `fromId` (the path was found the other way). */
  forward: Scalars['Boolean']['output'];
  /** Number of relations walked. */
  length: Scalars['Int']['output'];
  /** The relations walked, in path order. */
  relations: Array<EquipmentRelation>;
};

/** A directed relation: `from` (kind) `to`, e.g. trf_001 FEEDS lt_pcc_001. */
export type EquipmentRelation = {
  __typename?: 'EquipmentRelation';
  /** The upstream end. */
  from: Equipment;
  /** How they relate. */
  kind: RelationKind;
  /** The downstream end. */
  to: Equipment;
};

/** A relation to add or remove. */
export type EquipmentRelationInput = {
  /** The upstream end (a UUID). */
  fromId: Scalars['ID']['input'];
  /** How they relate. */
  kind: RelationKind;
  /** The downstream end (a UUID). */
  toId: Scalars['ID']['input'];
};

/** One search hit. */
export type EquipmentSearchResult = {
  __typename?: 'EquipmentSearchResult';
  /** The equipment found. */
  equipment: Equipment;
  /** Query words that matched a word of the equipment exactly (others matched by similarity). */
  matchedWords: Array<Scalars['String']['output']>;
  /** Relevance from 0 to 1; 1 is an exact code or name. */
  score: Scalars['Float']['output'];
};

/** Operating state of a piece of equipment. */
export type EquipmentStatus =
  /** Stopped or degraded by a fault. */
  | 'FAULT'
  /** Powered and ready, not under load. */
  | 'IDLE'
  /** Out of service for maintenance. */
  | 'MAINTENANCE'
  /** Switched off. */
  | 'OFF'
  /** Running under load. */
  | 'RUNNING';

/** A kind of equipment, e.g. `chiller` (Water Chiller). */
export type EquipmentType = {
  __typename?: 'EquipmentType';
  /** The broad group the type belongs to. */
  category: EquipmentCategory;
  /** What equipment of this type is. */
  description?: Maybe<Scalars['String']['output']>;
  /** How many non-retired pieces of equipment of this type the caller's organization has. */
  equipmentCount: Scalars['Int']['output'];
  /** Stable identifier, also the code prefix of the command-center inventory (`chiller`, `lt_mcc`). */
  id: Scalars['ID']['output'];
  /** Display name, e.g. Water Chiller. */
  name: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a directed relation (`from` feeds/serves/switches/meters/backs up `to`). Adding an
   * existing relation changes nothing. BAD_USER_INPUT for a relation from a piece of equipment to
   * itself.
   */
  addEquipmentRelation: EquipmentRelation;
  /** Creates an API key and returns its secret, once. Admins only. */
  createApiKey: CreatedApiKey;
  /**
   * Creates a piece of equipment and records its first status. CONFLICT naming the code when the
   * organization already has it (case- and separator-insensitive: `Compressor-1` and
   * `compressor_1` are the same code); NOT_FOUND for an unknown site; BAD_USER_INPUT naming the
   * allowed types for an unknown type.
   */
  createEquipment: Equipment;
  /** Creates a site. CONFLICT when the code is taken; NOT_FOUND for an unknown parent. */
  createSite: Site;
  /** Adds a user. LIMIT_EXCEEDED when the organization's user limit is reached. Admins only. */
  createUser: User;
  /** Disables a user and revokes the user's keys. Admins only. */
  disableUser: User;
  /**
   * Imports an assets document (the chemical seed's `assets.json`: a list of objects with `id`,
   * `name`, `type`, `location`, `specifications`, optionally `code`, `description`, `metadata`,
   * `ratings`, `manufacturer`, `model`). Idempotent by id: importing the same document again
   * reports every item `UNCHANGED`. Each item is created, updated, left unchanged or rejected with
   * a reason; the accepted items are written in one transaction, so a failure writes none of them.
   * LIMIT_EXCEEDED above 5000 items.
   */
  importAssets: AssetImportReport;
  /** Removes a relation; NOT_FOUND when there is no such relation. */
  removeEquipmentRelation: Scalars['Boolean']['output'];
  /**
   * Retires a piece of equipment: it leaves lists and search, its relations are removed, and its
   * code stays reserved. Retiring it again changes nothing.
   */
  retireEquipment: Equipment;
  /**
   * Retires a site: it leaves lists but keeps its history. CONFLICT while active equipment or
   * active sites are inside it.
   */
  retireSite: Site;
  /** Revokes a key at once; requests with it are refused from then on. Admins only. */
  revokeApiKey: ApiKey;
  /** Sets the operating status and records it in the status history (nothing is recorded when it is unchanged). */
  setEquipmentStatus: Equipment;
  /** Changes a piece of equipment; omitted fields keep their value. Status changes go through setEquipmentStatus. */
  updateEquipment: Equipment;
  /** Changes a site; omitted fields keep their value. BAD_USER_INPUT when the new parent would make a loop. */
  updateSite: Site;
};


export type MutationAddEquipmentRelationArgs = {
  input: EquipmentRelationInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateEquipmentArgs = {
  input: CreateEquipmentInput;
};


export type MutationCreateSiteArgs = {
  input: CreateSiteInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDisableUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportAssetsArgs = {
  allOrNothing?: InputMaybe<Scalars['Boolean']['input']>;
  createMissingTypes?: InputMaybe<Scalars['Boolean']['input']>;
  defaultSiteId: Scalars['ID']['input'];
  document: Scalars['JSON']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationRemoveEquipmentRelationArgs = {
  input: EquipmentRelationInput;
};


export type MutationRetireEquipmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetireSiteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetEquipmentStatusArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  status: EquipmentStatus;
};


export type MutationUpdateEquipmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEquipmentInput;
};


export type MutationUpdateSiteArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSiteInput;
};

/** A tenant: every site, piece of equipment and reading belongs to exactly one organization. */
export type Organization = {
  __typename?: 'Organization';
  /** API keys of this organization. Admins only. */
  apiKeys: Array<ApiKey>;
  /** Audit log of mutations, newest first. Admins only. */
  auditLog: Array<AuditEntry>;
  /** How many non-retired pieces of equipment this organization has. */
  equipmentCount: Scalars['Int']['output'];
  /** Stable id (a UUID). */
  id: Scalars['ID']['output'];
  /** Free-form attributes. */
  metadata: Scalars['JSONObject']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Top-level sites of this organization. */
  sites: Array<Site>;
  /** Short unique name used in URLs and keys, e.g. `demo`. */
  slug: Scalars['String']['output'];
  /** Usage in one calendar month (UTC), the billing basis. Admins only. */
  usage: UsageReport;
  /** Most users this organization may have; null when unlimited. */
  userLimit?: Maybe<Scalars['Int']['output']>;
  /** Users of this organization. Admins only. */
  users: Array<User>;
};


/** A tenant: every site, piece of equipment and reading belongs to exactly one organization. */
export type OrganizationApiKeysArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A tenant: every site, piece of equipment and reading belongs to exactly one organization. */
export type OrganizationAuditLogArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A tenant: every site, piece of equipment and reading belongs to exactly one organization. */
export type OrganizationUsageArgs = {
  month: Scalars['String']['input'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of the page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more edges follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was asked for with `after`. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * One piece of equipment by id. NOT_FOUND when the caller's organization has none (retired
   * equipment is found); BAD_USER_INPUT when the id is not a UUID. Both the assets and the
   * readings subgraph answer it: the gateway asks readings directly when the selection needs only
   * readings fields (latest values, series, stats), which saves a call.
   */
  equipment?: Maybe<Equipment>;
  /**
   * One piece of equipment by its code, forgiving of case, separators and leading zeros:
   * "compressor 1", "COMPRESSOR_1" and "Compressor-1" all find `Compressor-1`; "chiller 3" finds
   * `chiller_003`. An exact code wins over a forgiving match. NOT_FOUND, naming the closest codes,
   * when none matches.
   */
  equipmentByCode?: Maybe<Equipment>;
  /**
   * One piece of equipment by its name, forgiving of case and separators: "hvac main" finds
   * `HVAC-Main`, "chiller 1" finds `Chiller 1`. NOT_FOUND, naming the closest names, when none
   * matches; CONFLICT, naming the codes, when several pieces of equipment share the name.
   */
  equipmentByName?: Maybe<Equipment>;
  /**
   * Equipment of the caller's organization in a stable order (code, then id), a page at a time
   * (Relay cursor connection). Retired equipment is left out unless asked for.
   */
  equipmentList?: Maybe<EquipmentConnection>;
  /**
   * The shortest chain of relations leading from one piece of equipment to another (following
   * relation direction), or from the second to the first when that is the way the relations run.
   * Null when neither is reachable from the other within `maxDepth` relations.
   */
  equipmentPath?: Maybe<EquipmentPath>;
  /** The equipment type catalog with how many pieces of equipment of each type the caller's organization has. */
  equipmentTypes?: Maybe<Array<EquipmentType>>;
  /** Who the API takes the caller to be: the identity the gateway established. */
  me?: Maybe<Caller>;
  /** Organizations (tenants) visible to the caller: until authentication lands, the one the request names. */
  organizations?: Maybe<Array<Organization>>;
  /**
   * Ranked search over code, name, type, location, site, description, maker, model and metadata,
   * tolerant of typos and word order ("chiler room pump", "reactor vessel high temperature").
   * Full text (PostgreSQL `simple` configuration) plus trigram similarity; best first, ties by
   * the shorter code. An exact code scores 1, the code or name ignoring case, separators and
   * leading zeros 0.97 to 0.99. BAD_USER_INPUT for empty text, LIMIT_EXCEEDED above 200
   * characters; LIMIT_EXCEEDED for `first` above 100.
   */
  searchEquipment?: Maybe<Array<EquipmentSearchResult>>;
  /** One site by id. NOT_FOUND when the caller's organization has none; BAD_USER_INPUT when the id is not a UUID. */
  site?: Maybe<Site>;
  /** One site by code, case- and separator-insensitive. NOT_FOUND (naming the closest codes) when none matches. */
  siteByCode?: Maybe<Site>;
  /** Sites of the caller's organization, outermost first (campuses and factories, then buildings, rooms). */
  sites?: Maybe<Array<Site>>;
};


export type QueryEquipmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEquipmentByCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryEquipmentByNameArgs = {
  name: Scalars['String']['input'];
};


export type QueryEquipmentListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EquipmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEquipmentPathArgs = {
  fromId: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<RelationKind>>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};


export type QueryEquipmentTypesArgs = {
  onlyUsed?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QuerySearchEquipmentArgs = {
  filter?: InputMaybe<EquipmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySiteArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySiteByCodeArgs = {
  code: Scalars['String']['input'];
};


export type QuerySitesArgs = {
  kind?: InputMaybe<SiteKind>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A nameplate rating, e.g. capacity 150 TR or rated power 75 kW. */
export type Rating = {
  __typename?: 'Rating';
  /** What is rated, e.g. `capacity`, `rated_power`. */
  name: Scalars['String']['output'];
  /** Unit symbol: kVA, kW, TR, CFM, A… */
  unit: Scalars['String']['output'];
  /** The rated value. */
  value: Scalars['Float']['output'];
};

/** A nameplate rating to record. */
export type RatingInput = {
  /** What is rated, e.g. `capacity`. */
  name: Scalars['String']['input'];
  /** Unit symbol, e.g. kW. */
  unit: Scalars['String']['input'];
  /** The rated value. */
  value: Scalars['Float']['input'];
};

/** How one piece of equipment relates to another. */
export type RelationKind =
  /** Stands by for (UPS or DG set → what it backs up). */
  | 'BACKS_UP'
  /** Supplies electrical power (transformer → PCC → MCC → motor). */
  | 'FEEDS'
  /** Measures (energy meter → what it meters). */
  | 'METERS'
  /** Supplies a utility such as chilled water or air (chiller → AHU). */
  | 'SERVES'
  /** Switches between sources (ATS → DG set or transformer). */
  | 'SWITCHES';

/**
 * What a caller may do. Everyone reads; `ai` reads only (RAG and RL consumers); `operator`
 * ingests readings, sets status and acknowledges alerts; `engineer` also edits SEUs, variables,
 * metrics and alert rules and trains baselines; `admin` also manages equipment, sites, keys and
 * users.
 */
export type Role =
  /** Also manages equipment, sites, API keys and users. */
  | 'ADMIN'
  /** Reads only: for RAG and RL consumers. */
  | 'AI'
  /** Also edits SEUs, variables, metrics and alert rules, and trains baselines. */
  | 'ENGINEER'
  /** Also ingests readings, sets equipment status and acknowledges alerts. */
  | 'OPERATOR'
  /** Reads everything of its organization. */
  | 'VIEWER';

/** A place: campus, factory, facility, building, room or area. */
export type Site = {
  __typename?: 'Site';
  /** Postal address or description of where the site is. */
  address?: Maybe<Scalars['String']['output']>;
  /** Enclosing sites from the outermost down to the parent (empty for a top-level site). */
  ancestors: Array<Site>;
  /** Sites directly inside this one. */
  children: Array<Site>;
  /** Climate label used for weather simulation (e.g. `tropical`). */
  climate?: Maybe<Scalars['String']['output']>;
  /** Unique within the organization. */
  code: Scalars['String']['output'];
  /** Equipment located directly in this site (not in its children), by code. */
  equipment: Array<Equipment>;
  /** How many non-retired pieces of equipment this site holds (with the sites inside it unless told otherwise). */
  equipmentCount: Scalars['Int']['output'];
  /** Stable id (a UUID). */
  id: Scalars['ID']['output'];
  /** What the site is. */
  kind: SiteKind;
  /** Latitude in degrees, -90 to 90. */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** Longitude in degrees, -180 to 180. */
  longitude?: Maybe<Scalars['Float']['output']>;
  /** Free-form attributes. */
  metadata: Scalars['JSONObject']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The organization owning the site. */
  organization: Organization;
  /** The enclosing site, or null for a top-level site. */
  parent?: Maybe<Site>;
  /** Set when the site was retired; retired sites are left out of lists. */
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** IANA time zone; day, week and month buckets of this site's readings follow it. */
  timeZone: Scalars['String']['output'];
};


/** A place: campus, factory, facility, building, room or area. */
export type SiteEquipmentCountArgs = {
  includeDescendants?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What a site is; sites nest (a campus holds buildings, a building holds rooms). */
export type SiteKind =
  /** An outdoor or open area (transformer yard, DG yard). */
  | 'AREA'
  /** A building inside a campus, factory or facility. */
  | 'BUILDING'
  /** A group of buildings (the command-center campus). */
  | 'CAMPUS'
  /** Any other facility: warehouse, utility yard, office. */
  | 'FACILITY'
  /** A manufacturing plant. */
  | 'FACTORY'
  /** A room inside a building (Chiller Room, LT Panel Room). */
  | 'ROOM';

/** A change of operating status. */
export type StatusChange = {
  __typename?: 'StatusChange';
  /** Why, when recorded. */
  reason?: Maybe<Scalars['String']['output']>;
  /** When it was entered. */
  startedAt: Scalars['DateTime']['output'];
  /** The status entered. */
  status: EquipmentStatus;
};

/** A piece of equipment reached by walking relations. */
export type TopologyNode = {
  __typename?: 'TopologyNode';
  /** How many relations away, 1 for a direct neighbour. */
  depth: Scalars['Int']['output'];
  /** The equipment reached. */
  equipment: Equipment;
  /** Kind of the last relation walked to reach it. */
  kind: RelationKind;
  /** The neighbour it was reached from (the start for depth 1). */
  via: Equipment;
};

/** Changes to a piece of equipment; omitted fields keep their value, null clears an optional one. */
export type UpdateEquipmentInput = {
  /** New code, unique within the organization. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** New data interval in seconds. */
  dataIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New installation date, YYYY-MM-DD. */
  installedOn?: InputMaybe<Scalars['String']['input']>;
  /** New location in words. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** New maker. */
  manufacturer?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the metadata. */
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  /** New model. */
  model?: InputMaybe<Scalars['String']['input']>;
  /** New MQTT topic. */
  mqttTopic?: InputMaybe<Scalars['String']['input']>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the ratings. */
  ratings?: InputMaybe<Array<RatingInput>>;
  /** New serial number. */
  serialNumber?: InputMaybe<Scalars['String']['input']>;
  /** New site (a UUID). */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  /** New type id. */
  typeId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a site; omitted fields keep their value, null clears an optional one. */
export type UpdateSiteInput = {
  /** New address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** New climate label. */
  climate?: InputMaybe<Scalars['String']['input']>;
  /** New code, unique within the organization. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** New kind. */
  kind?: InputMaybe<SiteKind>;
  /** New latitude. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** New longitude. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Replaces the metadata. */
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New enclosing site; null makes it top-level. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** New IANA time zone. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** Usage of one caller in a month. */
export type UsageLine = {
  __typename?: 'UsageLine';
  /** The key used, when the caller is a key. */
  apiKey?: Maybe<ApiKey>;
  /** Cost units spent. */
  costUnits: Scalars['Float']['output'];
  /** Operations that returned at least one error. */
  errors: Scalars['Float']['output'];
  /** Operations run. */
  operations: Scalars['Float']['output'];
  /** Time-series points returned. */
  pointsReturned: Scalars['Float']['output'];
  /** The caller: `key:<id>`, `jwt:<sub>` or `anonymous`. */
  subject: Scalars['String']['output'];
};

/** Usage of one month, in all and per caller. */
export type UsageReport = {
  __typename?: 'UsageReport';
  /** The same figures per caller, largest first. */
  byCaller: Array<UsageLine>;
  /** Cost units spent (see the README's limits). */
  costUnits: Scalars['Float']['output'];
  /** Operations that returned at least one error. */
  errors: Scalars['Float']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  /** Operations run. */
  operations: Scalars['Float']['output'];
  /** Time-series points returned. */
  pointsReturned: Scalars['Float']['output'];
};

/** A person of the organization. */
export type User = {
  __typename?: 'User';
  /** When the user was added. */
  createdAt: Scalars['DateTime']['output'];
  /** When the user was disabled; null while active. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Email address, unique. */
  email: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Roles the user holds. */
  roles: Array<Role>;
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
  ApiKey: ResolverTypeWrapper<ApiKeyRowRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssetImportItem: ResolverTypeWrapper<AssetImportItem>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AssetImportOutcome: AssetImportOutcome;
  AssetImportReport: ResolverTypeWrapper<AssetImportReport>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRowRow>;
  AuditOutcome: AuditOutcome;
  Caller: ResolverTypeWrapper<CallerRowRow>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateEquipmentInput: CreateEquipmentInput;
  CreateSiteInput: CreateSiteInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreateUserInput: CreateUserInput;
  CreatedApiKey: ResolverTypeWrapper<Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Equipment: ResolverTypeWrapper<EquipmentRowRow>;
  EquipmentCategory: EquipmentCategory;
  EquipmentConnection: ResolverTypeWrapper<EquipmentPageRow>;
  EquipmentEdge: ResolverTypeWrapper<Omit<EquipmentEdge, 'node'> & { node: ResolversTypes['Equipment'] }>;
  EquipmentFilter: EquipmentFilter;
  EquipmentPath: ResolverTypeWrapper<PathRowRow>;
  EquipmentRelation: ResolverTypeWrapper<RelationRowRow>;
  EquipmentRelationInput: EquipmentRelationInput;
  EquipmentSearchResult: ResolverTypeWrapper<SearchHitRowRow>;
  EquipmentStatus: EquipmentStatus;
  EquipmentType: ResolverTypeWrapper<EquipmentTypeRowRow>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rating: ResolverTypeWrapper<Rating>;
  RatingInput: RatingInput;
  RelationKind: RelationKind;
  Role: Role;
  Site: ResolverTypeWrapper<SiteRow>;
  SiteKind: SiteKind;
  StatusChange: ResolverTypeWrapper<StatusChangeRowRow>;
  TopologyNode: ResolverTypeWrapper<TopologyRowRow>;
  UpdateEquipmentInput: UpdateEquipmentInput;
  UpdateSiteInput: UpdateSiteInput;
  UsageLine: ResolverTypeWrapper<UsageLineRowRow>;
  UsageReport: ResolverTypeWrapper<UsageReportRowRow>;
  User: ResolverTypeWrapper<UserRowRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiKey: ApiKeyRowRow;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  AssetImportItem: AssetImportItem;
  Int: Scalars['Int']['output'];
  AssetImportReport: AssetImportReport;
  AuditEntry: AuditEntryRowRow;
  Caller: CallerRowRow;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateEquipmentInput: CreateEquipmentInput;
  CreateSiteInput: CreateSiteInput;
  Float: Scalars['Float']['output'];
  CreateUserInput: CreateUserInput;
  CreatedApiKey: Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  DateTime: Scalars['DateTime']['output'];
  Equipment: EquipmentRowRow;
  EquipmentConnection: EquipmentPageRow;
  EquipmentEdge: Omit<EquipmentEdge, 'node'> & { node: ResolversParentTypes['Equipment'] };
  EquipmentFilter: EquipmentFilter;
  EquipmentPath: PathRowRow;
  EquipmentRelation: RelationRowRow;
  EquipmentRelationInput: EquipmentRelationInput;
  EquipmentSearchResult: SearchHitRowRow;
  EquipmentType: EquipmentTypeRowRow;
  JSON: Scalars['JSON']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationRow;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Rating: Rating;
  RatingInput: RatingInput;
  Site: SiteRow;
  StatusChange: StatusChangeRowRow;
  TopologyNode: TopologyRowRow;
  UpdateEquipmentInput: UpdateEquipmentInput;
  UpdateSiteInput: UpdateSiteInput;
  UsageLine: UsageLineRowRow;
  UsageReport: UsageReportRowRow;
  User: UserRowRow;
  String: Scalars['String']['output'];
}>;

export type RequiresRoleDirectiveArgs = {
  anyOf: Array<Scalars['String']['input']>;
};

export type RequiresRoleDirectiveResolver<Result, Parent, ContextType = AssetsContext, Args = RequiresRoleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApiKeyResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type AssetImportItemResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['AssetImportItem'] = ResolversParentTypes['AssetImportItem']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AssetImportOutcome'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AssetImportReportResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['AssetImportReport'] = ResolversParentTypes['AssetImportReport']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['AssetImportItem']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  arguments?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CallerResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Caller'] = ResolversParentTypes['Caller']> = ResolversObject<{
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreatedApiKeyResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  downstream?: Resolver<Array<ResolversTypes['TopologyNode']>, ParentType, ContextType, RequireFields<EquipmentDownstreamArgs, 'maxDepth'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manufacturer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mqttTopic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  ratings?: Resolver<Array<ResolversTypes['Rating']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EquipmentRelation']>, ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  serialNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EquipmentStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType, RequireFields<EquipmentStatusHistoryArgs, 'first'>>;
  statusSince?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EquipmentType'], ParentType, ContextType>;
  upstream?: Resolver<Array<ResolversTypes['TopologyNode']>, ParentType, ContextType, RequireFields<EquipmentUpstreamArgs, 'maxDepth'>>;
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

export type EquipmentPathResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentPath'] = ResolversParentTypes['EquipmentPath']> = ResolversObject<{
  equipment?: Resolver<Array<ResolversTypes['Equipment']>, ParentType, ContextType>;
  forward?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EquipmentRelation']>, ParentType, ContextType>;
}>;

export type EquipmentRelationResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentRelation'] = ResolversParentTypes['EquipmentRelation']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
}>;

export type EquipmentSearchResultResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentSearchResult'] = ResolversParentTypes['EquipmentSearchResult']> = ResolversObject<{
  equipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  matchedWords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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

export type MutationResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addEquipmentRelation?: Resolver<ResolversTypes['EquipmentRelation'], ParentType, ContextType, RequireFields<MutationAddEquipmentRelationArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createEquipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType, RequireFields<MutationCreateEquipmentArgs, 'input'>>;
  createSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationCreateSiteArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  disableUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationDisableUserArgs, 'id'>>;
  importAssets?: Resolver<ResolversTypes['AssetImportReport'], ParentType, ContextType, RequireFields<MutationImportAssetsArgs, 'allOrNothing' | 'createMissingTypes' | 'defaultSiteId' | 'document' | 'dryRun'>>;
  removeEquipmentRelation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveEquipmentRelationArgs, 'input'>>;
  retireEquipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType, RequireFields<MutationRetireEquipmentArgs, 'id'>>;
  retireSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationRetireSiteArgs, 'id'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  setEquipmentStatus?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType, RequireFields<MutationSetEquipmentStatusArgs, 'id' | 'status'>>;
  updateEquipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType, RequireFields<MutationUpdateEquipmentArgs, 'id' | 'input'>>;
  updateSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationUpdateSiteArgs, 'id' | 'input'>>;
}>;

export type OrganizationResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<OrganizationApiKeysArgs, 'includeInactive'>>;
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<OrganizationAuditLogArgs, 'limit'>>;
  equipmentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sites?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['UsageReport'], ParentType, ContextType, RequireFields<OrganizationUsageArgs, 'month'>>;
  userLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
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
  equipmentByName?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType, RequireFields<QueryEquipmentByNameArgs, 'name'>>;
  equipmentList?: Resolver<Maybe<ResolversTypes['EquipmentConnection']>, ParentType, ContextType, RequireFields<QueryEquipmentListArgs, 'first'>>;
  equipmentPath?: Resolver<Maybe<ResolversTypes['EquipmentPath']>, ParentType, ContextType, RequireFields<QueryEquipmentPathArgs, 'fromId' | 'maxDepth' | 'toId'>>;
  equipmentTypes?: Resolver<Maybe<Array<ResolversTypes['EquipmentType']>>, ParentType, ContextType, RequireFields<QueryEquipmentTypesArgs, 'onlyUsed'>>;
  me?: Resolver<Maybe<ResolversTypes['Caller']>, ParentType, ContextType>;
  organizations?: Resolver<Maybe<Array<ResolversTypes['Organization']>>, ParentType, ContextType>;
  searchEquipment?: Resolver<Maybe<Array<ResolversTypes['EquipmentSearchResult']>>, ParentType, ContextType, RequireFields<QuerySearchEquipmentArgs, 'first' | 'minScore' | 'text'>>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySiteArgs, 'id'>>;
  siteByCode?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySiteByCodeArgs, 'code'>>;
  sites?: Resolver<Maybe<Array<ResolversTypes['Site']>>, ParentType, ContextType, Partial<QuerySitesArgs>>;
}>;

export type RatingResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Rating'] = ResolversParentTypes['Rating']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SiteResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ancestors?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType>;
  climate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  equipment?: Resolver<Array<ResolversTypes['Equipment']>, ParentType, ContextType>;
  equipmentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<SiteEquipmentCountArgs, 'includeDescendants'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SiteKind'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StatusChangeResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = ResolversObject<{
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EquipmentStatus'], ParentType, ContextType>;
}>;

export type TopologyNodeResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['TopologyNode'] = ResolversParentTypes['TopologyNode']> = ResolversObject<{
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  equipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
}>;

export type UsageLineResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['UsageLine'] = ResolversParentTypes['UsageLine']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  costUnits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  operations?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsReturned?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UsageReportResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['UsageReport'] = ResolversParentTypes['UsageReport']> = ResolversObject<{
  byCaller?: Resolver<Array<ResolversTypes['UsageLine']>, ParentType, ContextType>;
  costUnits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operations?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsReturned?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AssetsContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  AssetImportItem?: AssetImportItemResolvers<ContextType>;
  AssetImportReport?: AssetImportReportResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Caller?: CallerResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Equipment?: EquipmentResolvers<ContextType>;
  EquipmentConnection?: EquipmentConnectionResolvers<ContextType>;
  EquipmentEdge?: EquipmentEdgeResolvers<ContextType>;
  EquipmentPath?: EquipmentPathResolvers<ContextType>;
  EquipmentRelation?: EquipmentRelationResolvers<ContextType>;
  EquipmentSearchResult?: EquipmentSearchResultResolvers<ContextType>;
  EquipmentType?: EquipmentTypeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  JSONObject?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rating?: RatingResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  TopologyNode?: TopologyNodeResolvers<ContextType>;
  UsageLine?: UsageLineResolvers<ContextType>;
  UsageReport?: UsageReportResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = AssetsContext> = ResolversObject<{
  requiresRole?: RequiresRoleDirectiveResolver<any, any, ContextType>;
}>;
