// origin: shape of an answer service that builds its completer from a factory returning a named inner function
// category: llm-prompt
// decorators: legacy
// expect: KP* cfg|temperature|maxTokens|ANSWER_MODEL
// why: the inner function closes over the factory's `cfg` parameter (loaded from the environment), which shapes the upstream request but is not keyed
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

interface CompleterConfig {
  model: string;
  temperature: number;
  maxTokens: number;
}

function loadConfig(): CompleterConfig {
  return {
    model: process.env.ANSWER_MODEL ?? 'claude-3-5-haiku-latest',
    temperature: Number(process.env.ANSWER_TEMPERATURE ?? '0.2'),
    maxTokens: Number(process.env.ANSWER_MAX_TOKENS ?? '600'),
  };
}

function makeCompleter(client: Anthropic, cfg: CompleterConfig) {
  async function complete(system: string, question: string): Promise<string> {
    const msg = await client.messages.create({
      model: cfg.model,
      max_tokens: cfg.maxTokens,
      temperature: cfg.temperature,
      system,
      messages: [{ role: 'user', content: question }],
    });
    return msg.content.map((b) => b.text).join('');
  }
  return complete;
}

const complete = makeCompleter(new Anthropic(), loadConfig());

export class FaqAnswerer {
  @memoize({ version: 'faq-v3', ttl: '14d', cost: 0.004 })
  async answer(productId: string, question: string): Promise<string> {
    const system = `You answer questions about product ${productId}. Be brief.`;
    return complete(system, question.trim());
  }
}
