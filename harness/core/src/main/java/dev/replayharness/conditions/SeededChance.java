package dev.replayharness.conditions;

/**
 * The page's chance made repeatable: {@code Math.random}, {@code crypto.getRandomValues} and
 * {@code crypto.randomUUID} drawn from one generator seeded per replay, installed before any page script runs. A tip
 * picked at random or a generated id then reads the same on every replay with the same seed.
 *
 * <p>The generator is sfc32 (a small, fast 128-bit-state generator), its state spread from the seed by splitmix32
 * so that nearby seeds give unrelated sequences.
 */
public final class SeededChance {

    /** The seed when none is given. */
    public static final long DEFAULT_SEED = 1;

    private static final String SCRIPT = """
            (() => {
              let s = %d >>> 0;
              const spread = () => {
                s = (s + 0x9e3779b9) >>> 0;
                let z = s;
                z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
                z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
                return (z ^ (z >>> 16)) >>> 0;
              };
              let a = spread(), b = spread(), c = spread(), d = spread();
              const next32 = () => {
                const t = (((a + b) >>> 0) + d) >>> 0;
                d = (d + 1) >>> 0;
                a = b ^ (b >>> 9);
                b = (c + (c << 3)) >>> 0;
                c = ((c << 21) | (c >>> 11)) >>> 0;
                c = (c + t) >>> 0;
                return t;
              };
              for (let i = 0; i < 12; i++) next32();
              Math.random = () => next32() / 4294967296;
              const cryptoObject = globalThis.crypto;
              if (cryptoObject) {
                const fill = array => {
                  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
                  for (let i = 0; i < bytes.length; i++) bytes[i] = next32() & 0xff;
                  return array;
                };
                try { cryptoObject.getRandomValues = fill; } catch (e) { /* read-only: left as it is */ }
                if (typeof cryptoObject.randomUUID === 'function') {
                  try {
                    cryptoObject.randomUUID = () => {
                      const b = fill(new Uint8Array(16));
                      b[6] = (b[6] & 0x0f) | 0x40;
                      b[8] = (b[8] & 0x3f) | 0x80;
                      const hex = Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
                      return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-'
                        + hex.slice(16, 20) + '-' + hex.slice(20);
                    };
                  } catch (e) { /* read-only: left as it is */ }
                }
              }
            })();""";

    private SeededChance() {
    }

    /** The init script that seeds the page's chance with {@code seed} (its low 32 bits). */
    public static String initScript(long seed) {
        return SCRIPT.formatted(seed & 0xffffffffL);
    }
}
