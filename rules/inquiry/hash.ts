// A fast, stable, synchronous 64-bit hash (two independent 32-bit FNV-1a/Murmur-style lanes),
// hex-encoded. Used for inquiry keys so that storage holds a fingerprint instead of the ids or
// addresses it was computed from. Not a cryptographic commitment: inputs like case numbers are
// guessable, which is why labels never contain more than the key's source already shows.
export function stableHash(input: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  // Final avalanche so similar inputs differ in every hex digit.
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h2 ^= h2 >>> 16;
  h2 = Math.imul(h2, 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
