// origin: shape of an LLM evaluation helper (cachedChatCompletion(params, { cache, ...auth }) in public eval tooling): the options parameter is an intersection carrying a cache object with methods
// category: llm-prompt
// decorators: tc39
// expect: KP91030 cache
import OpenAI, { type ChatCompletion, type ChatCompletionCreateParams } from 'openai';
import { memoize } from 'keyproof';

export interface ChatCache {
  get(params: ChatCompletionCreateParams): Promise<ChatCompletion | null>;
  set(params: ChatCompletionCreateParams, response: ChatCompletion): Promise<void>;
}
export interface OpenAIAuth { openAiApiKey?: string; openAiOrganizationId?: string }

export const cachedChatCompletion = memoize(async function cachedChatCompletion(params: ChatCompletionCreateParams, options: { cache?: ChatCache } & OpenAIAuth): Promise<ChatCompletion> {
  const openai = new OpenAI({ apiKey: options.openAiApiKey, organization: options.openAiOrganizationId });
  return openai.chat.completions.create(params);
}, { ttl: '90d' });
