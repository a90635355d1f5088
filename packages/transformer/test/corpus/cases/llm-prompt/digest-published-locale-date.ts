// origin: shape of a newsletter digest prompt that prints article dates with toLocaleDateString() (never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: KP91044|KP91046 toLocaleDateString
// why: toLocaleDateString() with no locale or zone renders the dates in the prompt with the machine's default locale and time zone, which shape the digest and are not in the key (principle 4).
// widened: the writer expected KP91046; keyproof gives a value of process.env or of the machine that reaches the answer KP91044, as its README's code table says (round 10's scoring).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI();

export interface ArticleRef {
  title: string;
  url: string;
  publishedAt: string; // ISO 8601 from the CMS
}

function bulletFor(article: ArticleRef): string {
  const published = new Date(article.publishedAt).toLocaleDateString();
  return `- ${article.title} (${published}) ${article.url}`;
}

export class DigestWriter {
  /** The weekly digest is previewed many times by editors before it is sent. */
  @memoize({ version: 'digest-v4', ttl: '7d', cost: 0.02 })
  async intro(issueTitle: string, articles: ArticleRef[]): Promise<string> {
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o',
      temperature: 0.5,
      messages: [
        { role: 'system', content: 'Write a friendly 3-sentence introduction for this newsletter issue. Mention dates as given.' },
        { role: 'user', content: `${issueTitle}\n\n${articles.map(bulletFor).join('\n')}` },
      ],
    });
    return completion.choices[0]?.message.content ?? '';
  }
}
