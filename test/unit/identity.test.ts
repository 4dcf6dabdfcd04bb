// The signed identity between gateway and subgraphs, with the per-server caches that spare an
// HMAC per request: a reused signature is still checked for age, and nothing forged gets in.
import {
  createIdentitySigner,
  createIdentityVerifier,
  IDENTITY_HEADER,
  type Identity,
  MAX_SIGNATURE_AGE_MS,
  SIGNATURE_HEADER,
  SIGNATURE_REUSE_MS,
  signIdentity,
  verifyIdentity,
} from '../../common/identity.js';

const SECRET = 'unit-secret';
const who: Identity = { subject: 'key:k1', organizationId: '00000000-0000-4000-8000-000000000001', roles: ['operator'], keyId: 'k1' };
const T0 = Date.parse('2026-11-24T12:00:00Z');

describe('signed identity', () => {
  it('verifies what the gateway signed and refuses tampering, other secrets and old signatures', () => {
    const headers = signIdentity(who, SECRET, T0);
    expect(verifyIdentity(headers, SECRET, T0 + 1000)).toEqual({ ok: true, identity: who });
    expect(verifyIdentity(headers, 'other', T0)).toEqual({ ok: false, reason: 'invalid gateway signature' });
    const admin = Buffer.from(JSON.stringify({ ...who, roles: ['admin'], iat: T0 })).toString('base64url');
    expect(verifyIdentity({ ...headers, [IDENTITY_HEADER]: admin }, SECRET, T0)).toEqual({ ok: false, reason: 'invalid gateway signature' });
    expect(verifyIdentity(headers, SECRET, T0 + MAX_SIGNATURE_AGE_MS + 1)).toEqual({ ok: false, reason: 'expired gateway signature' });
    expect(verifyIdentity({}, SECRET, T0)).toEqual({ ok: false, reason: 'missing gateway signature' });
  });

  it('signs a caller once a minute, and again for another caller or after a minute', () => {
    const sign = createIdentitySigner(SECRET);
    const first = sign(who, T0);
    expect(sign({ ...who }, T0 + SIGNATURE_REUSE_MS - 1)).toBe(first);
    expect(sign({ ...who, roles: ['viewer'] }, T0 + 1)).not.toEqual(first);
    const later = sign(who, T0 + SIGNATURE_REUSE_MS);
    expect(later).not.toEqual(first);
    expect(verifyIdentity(later, SECRET, T0 + SIGNATURE_REUSE_MS)).toEqual({ ok: true, identity: who });
  });

  it('remembers authentic signatures but still expires them, and never lets a forgery through', () => {
    const verify = createIdentityVerifier(SECRET);
    const headers = signIdentity(who, SECRET, T0);
    expect(verify(headers, T0)).toEqual({ ok: true, identity: who });
    expect(verify(headers, T0 + 1000)).toEqual({ ok: true, identity: who });
    expect(verify(headers, T0 + MAX_SIGNATURE_AGE_MS + 1)).toEqual({ ok: false, reason: 'expired gateway signature' });
    const forged = { [IDENTITY_HEADER]: headers[IDENTITY_HEADER], [SIGNATURE_HEADER]: Buffer.alloc(32).toString('base64url') };
    expect(verify(forged, T0)).toEqual({ ok: false, reason: 'invalid gateway signature' });
    expect(verify({ ...headers, [IDENTITY_HEADER]: `${headers[IDENTITY_HEADER]}x` }, T0)).toMatchObject({ ok: false });
  });
});
