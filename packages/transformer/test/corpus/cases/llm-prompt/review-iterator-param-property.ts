// origin: review probe: helper reads the first line from an iterator the caller made fresh ({ lines: text.split().values() })
// category: llm-prompt
// decorators: legacy
// expect: clean
import { memoize } from 'keyproof';
interface Llm { complete(prompt: string): Promise<string> }
declare const llm: Llm;
function firstLine(src: { lines: Iterator<string> }): string {
  const r = src.lines.next();
  return r.done ? '' : r.value.trim();
}
export class Briefs {
  @memoize({ version: 'brief-v2', ttl: '1d' })
  async brief(topic: string): Promise<string> {
    return llm.complete(`Write a brief about ${topic}`);
  }
  async forDoc(doc: string) {
    return this.brief(firstLine({ lines: doc.split('\n').values() }));
  }
}
