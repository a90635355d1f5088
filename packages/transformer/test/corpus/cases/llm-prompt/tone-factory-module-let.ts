// origin: shape of an LLM helper module with a prompt-builder factory whose tone an admin endpoint can switch at run time
// category: llm-prompt
// decorators: tc39
// expect: KP* currentTone|buildPrompt
// why: the function a program factory made at load reads a module `let` that other code reassigns; that state shapes the prompt unkeyed
import OpenAI from 'openai';
import { memoize } from 'keyproof';

type Tone = 'friendly' | 'formal' | 'playful';

let currentTone: Tone = 'friendly';

/** Called by the admin settings route. */
export function setTone(tone: Tone): void {
  currentTone = tone;
}

function makePromptBuilder(product: string) {
  return (question: string) =>
    `You are the ${product} support assistant. Answer in a ${currentTone} tone, in at most 120 words.\n\nQuestion: ${question}`;
}

const buildPrompt = makePromptBuilder('Acme Cloud');
const openai = new OpenAI();

export const answerFaq = memoize(
  async function answerFaq(question: string): Promise<string> {
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o',
      temperature: 0,
      messages: [{ role: 'user', content: buildPrompt(question.trim()) }],
    });
    return completion.choices[0]?.message.content ?? '';
  },
  { version: 'faq-v1', ttl: '1d', cost: 0.01 },
);
