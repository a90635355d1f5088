/**
 * A small distinct-value estimator (HyperLogLog, 256 one-byte registers) over the digests of one
 * key field's values. It never sees a value, only 48 bits of the field's digest; two sketches
 * merge by taking the larger register, so sketches from many processes add up in any order.
 * Standard error ≈ 1.04/√256 ≈ 6.5%; below ~640 distinct values the linear-counting correction
 * makes it much closer (what the `key-never-repeats` check works with).
 */
const REGISTERS = 256;

export class KeySketch {
  readonly registers: Uint8Array;

  constructor(registers?: Uint8Array) {
    this.registers = registers ?? new Uint8Array(REGISTERS);
  }

  /**
   * Add one value by its digest (hex, at least 10 digits): 8 bits pick the register, the next
   * 32 give the rank. True when a register changed (the sketch needs writing again).
   */
  add(hexDigest: string): boolean {
    const index = parseInt(hexDigest.slice(0, 2), 16);
    const word = parseInt(hexDigest.slice(2, 10), 16);
    const rank = Math.clz32(word) + 1;
    if (this.registers[index]! >= rank) return false;
    this.registers[index] = rank;
    return true;
  }

  /** Register-wise maximum: what both sketches saw. True when this one changed. */
  merge(other: KeySketch): boolean {
    let changed = false;
    for (let i = 0; i < REGISTERS; i++) {
      if (other.registers[i]! > this.registers[i]!) {
        this.registers[i] = other.registers[i]!;
        changed = true;
      }
    }
    return changed;
  }

  /** Estimated number of distinct values added. */
  estimate(): number {
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < REGISTERS; i++) {
      const r = this.registers[i]!;
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const alpha = 0.7213 / (1 + 1.079 / REGISTERS);
    const raw = (alpha * REGISTERS * REGISTERS) / sum;
    if (raw <= 2.5 * REGISTERS && zeros > 0) return Math.round(REGISTERS * Math.log(REGISTERS / zeros));
    return Math.round(raw);
  }

  /** Stored form: base64 of the registers (344 characters). */
  toText(): string {
    return Buffer.from(this.registers).toString('base64');
  }

  /** A sketch from its stored form, or undefined when the text is not one. */
  static fromText(text: unknown): KeySketch | undefined {
    if (typeof text !== 'string') return undefined;
    const bytes = Buffer.from(text, 'base64');
    if (bytes.length !== REGISTERS) return undefined;
    for (const b of bytes) if (b > 64) return undefined;
    return new KeySketch(new Uint8Array(bytes));
  }
}
