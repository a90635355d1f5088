// origin: review probe: a module client built with an `auth` option holding the tenant's workspace id next to the key (travelsOnly counts every credential-named option)
// category: llm-prompt
// decorators: tc39
// expect: KP91044|KP91046 WORKSPACE_ID
// why: the workspace id picks which fine-tuned models and documents the search runs over, so configuration shapes the answer though it sits under `auth` (principle 2).
import { memoize } from 'keyproof';

class RagClient {
  constructor(private readonly options: { baseUrl: string; auth: { apiKey: string; workspace: string } }) {}
  async ask(question: string): Promise<string> {
    const res = await fetch(`${this.options.baseUrl}/workspaces/${this.options.auth.workspace}/ask`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.options.auth.apiKey}` },
      body: JSON.stringify({ question }),
    });
    return ((await res.json()) as { answer: string }).answer;
  }
}

const rag = new RagClient({
  baseUrl: 'https://rag.example/v1',
  auth: { apiKey: process.env.RAG_API_KEY ?? '', workspace: process.env.WORKSPACE_ID ?? 'default' },
});

export const answer = memoize(
  async function answer(question: string): Promise<string> {
    return rag.ask(question);
  },
  { version: 'rag-answer-v1', ttl: '1d', cost: 0.01 },
);
