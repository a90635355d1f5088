// origin: review probe: a numbering object made fresh in each call (`this.n += 1; return this.n`) that numbers the returned lines (counter read after step, per-call instance)
// category: queue-worker
// decorators: tc39
// expect: clean
// why: the counter starts at zero in every call, so the same CSV is always numbered 1..n; nothing carries over between calls (no state reaches the answer).
import { memoize } from 'keyproof';

class LineNumbering {
  private n = 0;
  next(): number {
    this.n += 1;
    return this.n;
  }
}

export interface NumberedLine { line: number; text: string }

export class CsvImport {
  @memoize({ version: 'csv-lines-v1', ttl: '1d', cost: 0.0001 })
  async lines(csv: string): Promise<NumberedLine[]> {
    const numbering = new LineNumbering();
    return csv
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((text) => ({ line: numbering.next(), text }));
  }
}
