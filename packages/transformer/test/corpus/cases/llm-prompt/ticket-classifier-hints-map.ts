// origin: shape of a support-ticket classifier whose label hints are loaded from a JSON file at start-up (never a verbatim copy)
// category: llm-prompt
// decorators: legacy
// expect: KP91046 labelHints
// why: the label hints are read from a file when the module loads and the .map callback that builds the prompt captures them, so editing the file changes the answer under the same key (principle 2).
import { readFileSync } from 'node:fs';
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

interface LabelHint { label: string; description: string }

const labelHints: LabelHint[] = JSON.parse(
  readFileSync(new URL('./label-hints.json', import.meta.url), 'utf8'),
) as LabelHint[];

const MODEL = 'claude-3-5-haiku-20241022';

export type Classification = { label: string; rationale: string };

export class TicketClassifier {
  constructor(private readonly anthropic: Anthropic) {}

  @memoize({ version: 'classify-v2', ttl: '14d', cost: 0.0008 })
  async classify(subject: string, body: string): Promise<Classification> {
    const catalogue = labelHints.map((h) => `- ${h.label}: ${h.description}`).join('\n');
    const message = await this.anthropic.messages.create({
      model: MODEL,
      max_tokens: 300,
      system: `Classify the support ticket into exactly one label.\nLabels:\n${catalogue}\nAnswer as JSON {"label","rationale"}.`,
      messages: [{ role: 'user', content: `Subject: ${subject}\n\n${body}` }],
    });
    const raw = message.content.map((b) => b.text).join('');
    const parsed = JSON.parse(raw) as Partial<Classification>;
    return { label: parsed.label ?? 'other', rationale: parsed.rationale ?? '' };
  }
}
