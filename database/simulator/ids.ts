// Stable identifiers. Everything the simulator creates gets a name-based (RFC 4122 version 5)
// UUID, so an id depends only on what the thing is, never on --seed or load order: docs,
// examples and other tests can name `chiller_001` by id.
import { createHash } from 'node:crypto';

/** Namespace of every plantgraph simulator UUID (itself a v5 UUID of 'plantgraph.simulator' in the URL namespace). */
export const SIMULATOR_NAMESPACE = 'da57dd2b-8555-5b98-9bde-0cb05f592404';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

export function uuidV5(name: string, namespace: string = SIMULATOR_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Codes are matched case-insensitively in the database, so ids are too. */
export function equipmentId(organizationId: string, code: string): string {
  return uuidV5(`${organizationId}/equipment/${code.toLowerCase()}`);
}

export function siteId(organizationId: string, code: string): string {
  return uuidV5(`${organizationId}/site/${code.toLowerCase()}`);
}

/** Any other simulator row: `kind` names the table, `key` the row within the organization. */
export function entityId(organizationId: string, kind: string, key: string): string {
  return uuidV5(`${organizationId}/${kind}/${key}`);
}
