// origin: shape of an OpenAI-backed ticket summariser whose model name is picked from the environment in a private helper
// category: llm-prompt
// decorators: tc39
// expect: KP* SUMMARY_MODEL|resolveModel
// why: summarize() sends this.resolveModel() as the model, and that helper reads process.env.SUMMARY_MODEL, which is neither a parameter nor in the key.
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const SUMMARY_SYSTEM_PROMPT =
  'You summarise customer support tickets for the on-call engineer. ' +
  'Three sentences at most, neutral tone, keep error codes verbatim.';

export class TicketSummaryService {
  constructor(private readonly openai: OpenAI) {}

  private resolveModel(): string {
    return process.env.SUMMARY_MODEL ?? 'gpt-4o-mini';
  }

  @memoize({ version: 'ticket-summary-v2', ttl: '30d', cost: 0.002 })
  async summarize(ticketBody: string): Promise<string> {
    const completion = await this.openai.chat.completions.create({
      model: this.resolveModel(),
      temperature: 0.2,
      max_tokens: 300,
      messages: [
        { role: 'system', content: SUMMARY_SYSTEM_PROMPT },
        { role: 'user', content: ticketBody },
      ],
    });
    return completion.choices[0]?.message.content?.trim() ?? '';
  }
}
