// origin: review probe: a settings helper the memoised body reads only for its timeout, and a request builder it calls reads for the model (unusedByCaller with a second caller)
// category: llm-prompt
// decorators: tc39
// expect: KP91044|KP91046 OPENAI_MODEL
// why: the model from process.env is sent in the request built by buildRequest, so the environment shapes the completion (principle 2).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

function llmSettings() {
  return {
    timeoutMs: Number(process.env.LLM_TIMEOUT_MS ?? 20000),
    model: process.env.OPENAI_MODEL ?? 'gpt-4o-mini',
  };
}

function buildRequest(prompt: string) {
  return {
    model: llmSettings().model,
    messages: [{ role: 'user' as const, content: prompt }],
  };
}

export class Slogans {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'slogans-v1', ttl: '7d', cost: 0.003 })
  async slogan(product: string): Promise<string> {
    const settings = llmSettings();
    const deadline = Date.now() + settings.timeoutMs;
    const completion = await this.openai.chat.completions.create(buildRequest(`A slogan for ${product}`));
    if (Date.now() > deadline) console.warn('slogan took too long');
    return completion.choices[0]?.message.content ?? '';
  }
}
