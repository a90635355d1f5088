// origin: shape of a map-reduce document summariser that aborts its HTTP calls on client disconnect (never a verbatim copy)
// category: llm-prompt
// decorators: legacy
// expect: clean
// why: the left-out signal is only handed to fetch, so an abort rejects the whole call and nothing partial is returned or stored (principle 3, cancellation that only fails the call).
import { cacheKey, memoize } from 'keyproof';

const MODEL = 'gpt-4o-mini';
const CHUNK_CHARS = 12_000;
const COMPLETIONS_URL = 'https://api.openai.com/v1/chat/completions';

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK_CHARS) out.push(text.slice(i, i + CHUNK_CHARS));
  return out;
}

export class DocumentSummariser {
  constructor(private readonly apiKey: string) {}

  /** Section-by-section summary; the caller's signal fires when the browser goes away. */
  @memoize({ version: 'doc-summary-v3', ttl: '30d', cost: 0.03 })
  async summarise(@cacheKey docId: string, @cacheKey text: string, signal: AbortSignal): Promise<string[]> {
    const sections: string[] = [];
    for (const chunk of chunks(text)) {
      const res = await fetch(COMPLETIONS_URL, {
        method: 'POST',
        signal,
        headers: { authorization: `Bearer ${this.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          model: MODEL,
          temperature: 0,
          messages: [
            { role: 'system', content: 'Summarise this part of a document in three sentences.' },
            { role: 'user', content: chunk },
          ],
        }),
      });
      const body = (await res.json()) as { choices: { message: { content: string } }[] };
      sections.push(body.choices[0]?.message.content ?? '');
    }
    console.log(`summarised ${docId}: ${sections.length} sections`);
    return sections;
  }
}
