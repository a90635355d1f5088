// origin: shape of a RAG prompt builder (public LLM services: buildPrompt(question, contextChunks) joined into one user message) feeding a memoised completion
// category: llm-prompt
// decorators: tc39
// expect: clean
import OpenAI from 'openai';
import { memoize } from 'keyproof';

function buildPrompt(question: string, chunks: readonly { source: string; text: string }[]): string {
  const context = chunks.map((c, i) => `[${i + 1}] (${c.source}) ${c.text}`).join('\n');
  return `Answer using only the context. Cite sources as [n].\n\nContext:\n${context}\n\nQuestion: ${question.trim()}`;
}

export class RagAnswerer {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ ttl: '1d', cost: 0.004 })
  async complete(prompt: string, model = 'gpt-4o-mini'): Promise<string> {
    const res = await this.openai.chat.completions.create({ model, temperature: 0, messages: [{ role: 'user', content: prompt }] });
    return res.choices[0]?.message.content ?? '';
  }

  async answer(question: string, chunks: readonly { source: string; text: string }[]): Promise<string> {
    const prompt = buildPrompt(question, chunks);
    return this.complete(prompt);
  }
}
