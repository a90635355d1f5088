// origin: shape of a RAG answer service: the reader's user id is excluded (quota accounting only) while the document's author id, also called userId on the document, is part of the key
// category: llm-prompt
// decorators: tc39
// expect: clean
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export interface Doc { id: string; userId: string; title: string; body: string }
interface Quota { charge(userId: string, tokens: number): Promise<void> }

export class DocQa {
  constructor(private readonly openai: OpenAI, private readonly quota: Quota) {}

  /**
   * Answer a question about a document, in the voice of its author.
   * @excludeFromKey userId the reader: quota accounting only, answers are shared between readers
   */
  @memoize({ ttl: '7d', cost: 0.003 })
  async answer(userId: string, authorId: string, docBody: string, question: string): Promise<string> {
    const res = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: `Answer as author ${authorId} would, using only this document:\n${docBody}` },
        { role: 'user', content: question },
      ],
    });
    await this.quota.charge(userId, res.usage?.completion_tokens ?? 0);
    return res.choices[0]?.message.content ?? '';
  }
}

export async function ask(qa: DocQa, readerId: string, doc: Doc, question: string): Promise<string> {
  return qa.answer(readerId, doc.userId, doc.body, question.trim());
}
