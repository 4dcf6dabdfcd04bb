// Per-process caches keyed by what clients send (document texts, identities, zone names) must not
// grow without bound: this Map forgets its oldest entry once it holds `max`. Entries are never
// refreshed on read: what is cached here is cheap to rebuild and stays valid.
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    if (!this.entries.has(key) && this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
  }

  /** The cached value, or `make()`'s, remembered (a `make` that throws caches nothing). */
  getOrSet(key: K, make: () => V): V {
    if (this.entries.has(key)) return this.entries.get(key) as V;
    const value = make();
    this.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
