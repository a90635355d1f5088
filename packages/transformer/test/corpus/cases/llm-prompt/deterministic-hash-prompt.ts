// origin: shape of an embeddings cache that derives a content hash and a prompt from its arguments through local helper functions
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the sha256 digest and the chunking are deterministic functions of the key argument (crypto, but not randomness); the model is a constant
import { createHash } from 'node:crypto';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const EMBEDDING_MODEL = 'text-embedding-3-small';
const CHUNK = 2_000;

const openai = new OpenAI();

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) out.push(text.slice(i, i + CHUNK));
  return out;
}

function contentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export const embedDocument = memoize(
  async function embedDocument(text: string): Promise<{ id: string; vectors: number[][] }> {
    const input = chunks(text.replace(/\s+/g, ' ').trim());
    const res = await openai.embeddings.create({ model: EMBEDDING_MODEL, input });
    return { id: contentId(text), vectors: res.data.sort((a, b) => a.index - b.index).map((e) => e.embedding) };
  },
  { ttl: '180d', cost: 0.0002 },
);
