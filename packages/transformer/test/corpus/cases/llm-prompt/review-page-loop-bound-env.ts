// origin: review probe (round 10 rules): a pagination loop with a try inside, bounded by a page cap from env: the cap decides how many items are answered
// category: llm-prompt
// decorators: tc39
// expect: KP91044|KP91046 MAX_PAGES
// why: a pagination loop with a try inside, bounded by a page cap from env: the cap decides how many items are answered (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
export class Corpus {
  @memoize({ version: 'corpus-v1', ttl: '1d' })
  async examples(topic: string): Promise<string[]> {
    const out: string[] = [];
    for (let page = 1; page <= Number(process.env.MAX_PAGES ?? 5); page++) {
      try {
        const res = await fetch(`https://examples.example.com/${topic}?page=${page}`);
        const body = (await res.json()) as { items: string[] };
        if (body.items.length === 0) break;
        out.push(...body.items);
      } catch {
        break;
      }
    }
    return out;
  }
}
