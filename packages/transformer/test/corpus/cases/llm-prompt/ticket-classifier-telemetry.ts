// origin: shape of a support-ticket classifier instrumented with a small Telemetry wrapper (never a verbatim copy)
// category: llm-prompt
// decorators: legacy
// expect: clean
// why: the telemetry histogram, span attributes and the env debug switch only observe the call; labels and model are literal constants and the ticket fields are the key (principle 3).
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

const LABELS = ['billing', 'bug', 'feature-request', 'account', 'other'] as const;
const MODEL = 'claude-3-5-haiku-20241022';

/** Wraps whatever metrics backend is configured; the default just keeps a histogram in memory. */
class Telemetry {
  private readonly durations = new Map<string, number[]>();
  private readonly attributes: Record<string, string | number> = {};
  observe(name: string, ms: number): void {
    const list = this.durations.get(name) ?? [];
    list.push(ms);
    this.durations.set(name, list);
  }
  setAttribute(key: string, value: string | number): void {
    this.attributes[key] = value;
  }
}

const debugPrompts = process.env.DEBUG_PROMPTS === '1';

export class TicketClassifier {
  constructor(
    private readonly anthropic: Anthropic,
    private readonly telemetry: Telemetry,
  ) {}

  @memoize({ version: 'classify-v2', ttl: '14d', cost: 0.0008 })
  async classify(subject: string, body: string): Promise<{ label: string }> {
    const system = `Classify the support ticket into one of: ${LABELS.join(', ')}. Reply with the label only.`;
    if (debugPrompts) console.debug('[classify] system prompt:', system);
    const started = performance.now();
    const message = await this.anthropic.messages.create({
      model: MODEL,
      max_tokens: 10,
      temperature: 0,
      system,
      messages: [{ role: 'user', content: `Subject: ${subject}\n\n${body}` }],
    });
    this.telemetry.observe('llm.classify.ms', performance.now() - started);
    this.telemetry.setAttribute('llm.model', MODEL);
    this.telemetry.setAttribute('llm.stop_reason', message.stop_reason ?? 'none');
    const answer = message.content.map((b) => b.text).join('').trim().toLowerCase();
    const label = (LABELS as readonly string[]).includes(answer) ? answer : 'other';
    return { label };
  }
}
