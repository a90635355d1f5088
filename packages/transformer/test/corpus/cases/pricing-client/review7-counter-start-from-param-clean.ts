// origin: review probe: a fresh numbering object made in the call from the call's own argument (new Numbering(firstLine)), stepped by a helper
// category: pricing-client
// decorators: tc39
// expect: clean
// why: the counter is made in the call from its arguments, which are in the key, so the same call numbers the same way (principle 3).
import { memoize } from 'keyproof';

class Numbering {
  constructor(public next: number) {}
}

function label(numbering: Numbering, text: string): string {
  return `${numbering.next++}. ${text}`;
}

export const quoteLines = memoize(
  async function quoteLines(quoteId: string, firstLine: number): Promise<string[]> {
    const res = await fetch(`https://quotes.internal/v1/${quoteId}/lines`);
    const numbering = new Numbering(firstLine);
    return ((await res.json()) as string[]).map((t) => label(numbering, t));
  },
  { version: 'quote-lines-v1', ttl: '1h' },
);
