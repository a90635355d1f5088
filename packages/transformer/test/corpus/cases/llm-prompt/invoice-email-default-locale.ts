// origin: shape of an LLM service drafting a payment-reminder email with amounts and due dates formatted by Intl with the machine's defaults
// category: llm-prompt
// decorators: tc39
// expect: KP* NumberFormat|DateTimeFormat|locale|timeZone
// why: Intl formatters with no locale use the process's default locale and time zone, which shape the prompt sent upstream unkeyed
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export interface ReminderInput {
  customerName: string;
  amountCents: number;
  currency: string;
  dueDate: Date;
}

export class ReminderWriter {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'reminder-v2', ttl: '7d', cost: 0.002 })
  async draft(input: ReminderInput): Promise<string> {
    const amount = new Intl.NumberFormat(undefined, { style: 'currency', currency: input.currency }).format(input.amountCents / 100);
    const due = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(input.dueDate);
    const completion = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      temperature: 0.2,
      messages: [
        { role: 'system', content: 'You write short, polite payment reminders.' },
        { role: 'user', content: `Customer: ${input.customerName}\nAmount due: ${amount}\nDue on: ${due}` },
      ],
    });
    return completion.choices[0]?.message.content ?? '';
  }
}
