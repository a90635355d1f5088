// origin: review probe: module default-locale Intl.Segmenter used to truncate a prompt by graphemes (locale-independent)
// category: llm-prompt
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';
interface Llm { complete(prompt: string): Promise<string> }
declare const llm: Llm;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
function clip(text: string, n: number): string {
  return Array.from(graphemes.segment(text), (s) => s.segment).slice(0, n).join('');
}
export class Titles {
  @memoize({ version: 'title-v1', ttl: '1d' })
  async title(doc: string): Promise<string> {
    return llm.complete(`Title for: ${clip(doc, 2000)}`);
  }
}
