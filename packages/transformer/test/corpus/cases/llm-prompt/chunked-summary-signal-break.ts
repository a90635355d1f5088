// origin: shape of a map-reduce document summariser behind an HTTP endpoint with client disconnects (never a verbatim copy)
// category: llm-prompt
// decorators: legacy
// expect: KP91048 signal
// why: the allow-list keys on the document only, but the loop stops at `signal.aborted` and returns the summaries made so far, so the left-out parameter shapes the answer (principle 2); cancellation that shortens the answer.
import OpenAI from 'openai';
import { cacheKey, memoize } from 'keyproof';

const MODEL = 'gpt-4o-mini';
const CHUNK_CHARS = 12_000;

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK_CHARS) out.push(text.slice(i, i + CHUNK_CHARS));
  return out;
}

export class DocumentSummariser {
  constructor(private readonly openai: OpenAI) {}

  /** Section-by-section summary; the caller's signal fires when the browser goes away. */
  @memoize({ version: 'doc-summary-v3', ttl: '30d', cost: 0.03 })
  async summarise(@cacheKey docId: string, @cacheKey text: string, signal: AbortSignal): Promise<string[]> {
    const sections: string[] = [];
    for (const chunk of chunks(text)) {
      if (signal.aborted) break; // hand back what we have, the reader has left anyway
      const completion = await this.openai.chat.completions.create({
        model: MODEL,
        temperature: 0,
        messages: [
          { role: 'system', content: 'Summarise this part of a document in three sentences.' },
          { role: 'user', content: chunk },
        ],
      });
      sections.push(completion.choices[0]?.message.content ?? '');
    }
    console.log(`summarised ${docId}: ${sections.length} sections`);
    return sections;
  }
}
