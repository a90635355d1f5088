// origin: shape of a retrieval-augmented answer function with an admin-tunable retrieval depth (never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: KP91045 retrievalTopK
// why: the module `let` top-k decides how many passages go into the prompt and so what the model answers; it can change at run time and is undecided (principle 2, size not stride).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const MODEL = 'gpt-4o';
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export interface Passage {
  docId: string;
  text: string;
  score: number;
}

export interface VectorIndex {
  nearest(vector: number[], k: number): Promise<Passage[]>;
}

// Tuned from the admin console while we evaluate retrieval depth.
let retrievalTopK = 6;
export function setRetrievalTopK(k: number): void {
  retrievalTopK = Math.min(20, Math.max(1, k));
}

export function makeAnswerer(index: VectorIndex) {
  return memoize(
    async function answerQuestion(question: string): Promise<{ answer: string; sources: string[] }> {
      const embedded = await openai.embeddings.create({ model: 'text-embedding-3-small', input: question });
      const passages = await index.nearest(embedded.data[0]!.embedding, retrievalTopK);
      const context = passages.map((p, i) => `[${i + 1}] ${p.text}`).join('\n\n');
      const completion = await openai.chat.completions.create({
        model: MODEL,
        temperature: 0,
        messages: [
          { role: 'system', content: 'Answer only from the numbered sources. Cite them like [2].' },
          { role: 'user', content: `${context}\n\nQuestion: ${question}` },
        ],
      });
      return { answer: completion.choices[0]?.message.content ?? '', sources: passages.map((p) => p.docId) };
    },
    { version: 'rag-answer-v5', ttl: '1d', cost: 0.02 },
  );
}
