// The separator- and case-free form of a code that `assets.equipment.lookup_key` (a generated
// column) holds: assets matches codes with it, readings resolves an ingest's equipment codes
// with it, so both must compute exactly what the column does.

/** "Compressor-1", "compressor_1" and "COMPRESSOR 1" all become "compressor1". */
export function lookupKey(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '').toLowerCase();
}
