// origin: review probe: a fresh counter object made in the call from a module constant ({ next: FIRST_LINE }), stepped by a helper
// category: pricing-client
// decorators: tc39
// expect: clean
// why: the object is made per call from a constant, so every call numbers the same way (principle 3).
import { memoize } from 'keyproof';

const FIRST_LINE = 1;

function numbered(counter: { next: number }, text: string): string {
  return `${counter.next++}. ${text}`;
}

export const creditNoteLines = memoize(
  async function creditNoteLines(noteId: string): Promise<string[]> {
    const res = await fetch(`https://billing.internal/v1/credit-notes/${noteId}/lines`);
    const counter = { next: FIRST_LINE };
    return ((await res.json()) as string[]).map((t) => numbered(counter, t));
  },
  { version: 'credit-note-lines-v1', ttl: '1h' },
);
