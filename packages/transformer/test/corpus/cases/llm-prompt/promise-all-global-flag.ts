// origin: shape of an article-enrichment call that fans out to embeddings and chat with Promise.all, sizing the summary from a global feature flag (your own writing, never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: KP* __FEATURES__|longSummaries|globalThis
// why: nothing less: of the three parallel upstream calls, two use only key parameters and constants, but the chat call's max_tokens comes from a mutable globalThis feature flag that is not in the key
import OpenAI from 'openai';
import { memoize } from 'keyproof';

declare global {
  // set by the feature-flag bootstrap at start-up, changed by the admin console
  var __FEATURES__: { longSummaries?: boolean } | undefined;
}

const EMBED_MODEL = 'text-embedding-3-small';
const CHAT_MODEL = 'gpt-4o-mini';
const openai = new OpenAI();

export const enrichArticle = memoize(
  async function enrichArticle(title: string, body: string) {
    const [titleVec, bodyVec, summary] = await Promise.all([
      openai.embeddings.create({ model: EMBED_MODEL, input: title }),
      openai.embeddings.create({ model: EMBED_MODEL, input: body.slice(0, 8000) }),
      openai.chat.completions.create({
        model: CHAT_MODEL,
        max_tokens: globalThis.__FEATURES__?.longSummaries ? 800 : 250,
        messages: [{ role: 'user', content: `Summarise:\n${body}` }],
      }),
    ]);
    return {
      titleEmbedding: titleVec.data[0]?.embedding ?? [],
      bodyEmbedding: bodyVec.data[0]?.embedding ?? [],
      summary: summary.choices[0]?.message.content ?? '',
    };
  },
  { version: 'art-v2', ttl: '30d', cost: 0.003 },
);
