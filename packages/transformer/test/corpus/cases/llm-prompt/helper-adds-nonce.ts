// origin: shape of a Q&A endpoint wrapper that decorates every question with tracing metadata via a helper before the memoised answer call
// category: llm-prompt
// decorators: tc39
// expect: KP* nonce|req
// why: withMeta adds crypto.randomUUID() to the object that is keyed, so a per-call random value reaches the key through a helper and a spread (nothing more)
import { randomUUID } from 'node:crypto';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

interface Question {
  question: string;
  product: string;
}

interface TracedQuestion extends Question {
  nonce: string;
}

const openai = new OpenAI();

function withMeta(q: Question): TracedQuestion {
  return { ...q, nonce: randomUUID() };
}

export class AnswerBot {
  @memoize({ version: 'v2', ttl: '3d', cost: 0.003 })
  async answer(req: TracedQuestion): Promise<string> {
    const res = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: `Answer questions about ${req.product}.` },
        { role: 'user', content: req.question },
      ],
    });
    return res.choices[0]?.message.content ?? '';
  }
}

const bot = new AnswerBot();

export async function ask(question: string, product: string): Promise<string> {
  return bot.answer(withMeta({ question, product }));
}
