// origin: shape of an LLM service module that destructures its configuration from process.env with defaults at load (issue 14: "const { OPENAI_MODEL = '…' } = process.env gets none")
// category: llm-prompt
// decorators: tc39
// expect: KP91044|KP91041 OPENAI_MODEL
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const { OPENAI_MODEL = 'gpt-4o-mini', OPENAI_TEMPERATURE = '0' } = process.env;
const openai = new OpenAI();

export interface Classification { label: 'bug' | 'feature' | 'question'; confidence: number }

export const classifyIssue = memoize(async function classifyIssue(title: string, body: string): Promise<Classification> {
  const completion = await openai.chat.completions.create({
    model: OPENAI_MODEL,
    temperature: Number(OPENAI_TEMPERATURE),
    response_format: { type: 'json_object' },
    messages: [
      { role: 'system', content: 'Classify the GitHub issue as bug, feature or question. Answer as JSON {"label","confidence"}.' },
      { role: 'user', content: `${title}\n\n${body}` },
    ],
  });
  return JSON.parse(completion.choices[0]?.message.content ?? '{}') as Classification;
}, { ttl: '30d' });
