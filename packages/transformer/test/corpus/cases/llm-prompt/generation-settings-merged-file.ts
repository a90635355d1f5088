// origin: shape of an LLM classification service that merges defaults with a settings file read at start-up (never a verbatim copy)
// category: llm-prompt
// decorators: legacy
// expect: KP91046 GENERATION
// why: `GENERATION` spreads a JSON file read from disk at start-up over the defaults, and its model and temperature go into the upstream request with no key decision (principle 2).
import { readFileSync } from 'node:fs';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

interface GenerationSettings {
  model: string;
  temperature: number;
  maxTokens: number;
}

const DEFAULTS: GenerationSettings = { model: 'gpt-4o-mini', temperature: 0, maxTokens: 64 };

function readOverrides(path: string): Partial<GenerationSettings> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Partial<GenerationSettings>;
  } catch {
    return {};
  }
}

// ops tune these per deployment without a release
const GENERATION: GenerationSettings = { ...DEFAULTS, ...readOverrides('./config/generation.json') };

const LABELS = ['billing', 'bug', 'feature-request', 'account', 'other'] as const;
export type Label = (typeof LABELS)[number];

export class TicketClassifier {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'classify-v2', ttl: '30d', cost: 0.0003 })
  async classify(subject: string, body: string): Promise<Label> {
    const completion = await this.openai.chat.completions.create({
      model: GENERATION.model,
      temperature: GENERATION.temperature,
      max_tokens: GENERATION.maxTokens,
      messages: [
        { role: 'system', content: `Answer with exactly one of: ${LABELS.join(', ')}.` },
        { role: 'user', content: `${subject}\n\n${body}` },
      ],
    });
    const answer = completion.choices[0]?.message.content?.trim().toLowerCase() ?? 'other';
    return (LABELS as readonly string[]).includes(answer) ? (answer as Label) : 'other';
  }
}
