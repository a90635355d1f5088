// origin: review probe: caller takes the first heading of a doc via a per-parse Parser instance stepping this.tokens.next() — deterministic
// category: llm-prompt
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';
interface Llm { complete(prompt: string): Promise<string> }
declare const llm: Llm;
class Headings {
  private readonly lines: Iterator<string>;
  constructor(text: string) { this.lines = text.split('\n')[Symbol.iterator](); }
  first(): string {
    for (let r = this.lines.next(); !r.done; r = this.lines.next()) if (r.value.startsWith('# ')) return r.value.slice(2);
    return 'untitled';
  }
}
export class Briefs {
  @memoize({ version: 'brief-v1', ttl: '1d' })
  async brief(topic: string): Promise<string> {
    return llm.complete(`Write a brief about ${topic}`);
  }
  async forDoc(doc: string) {
    return this.brief(new Headings(doc).first());
  }
}
