// origin: review probe: a configured concurrency gate whose acquire() answer is discarded, then the image fetched and returned (answerDiscarded, right side, legacy)
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: the gate only makes the call wait; the image bytes returned are the same (nothing more).
import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';

class Gate {
  private active = 0;
  constructor(private readonly max: number) {}
  async acquire(): Promise<void> {
    while (this.active >= this.max) await new Promise((r) => setTimeout(r, 25));
    this.active += 1;
  }
  release(): void {
    this.active -= 1;
  }
}

const gate = new Gate(Number(process.env.IMAGE_CONCURRENCY ?? 4));

@Injectable()
export class Originals {
  @memoize({ version: 'original-v1', ttl: '7d', cost: 0.003 })
  async bytes(url: string): Promise<Buffer> {
    await gate.acquire();
    try {
      const res = await fetch(url);
      return Buffer.from(await res.arrayBuffer());
    } finally {
      gate.release();
    }
  }
}
