// origin: shape of a transactional-email worker (BullMQ 'emails' queue): templates rendered per template/locale/variables, the recipient and job bookkeeping stay outside the memoised render
// category: queue-worker
// decorators: tc39
// expect: clean
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

export interface RenderedEmail { subject: string; html: string; text: string }
interface Mjml { compile(template: string, vars: Record<string, string>): Promise<{ subject: string; html: string; text: string }> }
interface TemplateStore { source(name: string): Promise<string | undefined> }
interface Mailer { send(to: string, email: RenderedEmail, headers: Record<string, string>): Promise<void> }
interface EmailJob { to: string; templateId: string; locale: string; vars: Record<string, string>; messageId: string }

export class TemplateRenderer {
  constructor(private readonly mjml: Mjml, private readonly templates: TemplateStore) {}

  @memoize({ ttl: '1h' })
  async render(templateId: string, locale: string, vars: Record<string, string>): Promise<RenderedEmail> {
    const source = (await this.templates.source(`${templateId}.${locale}`)) ?? (await this.templates.source(`${templateId}.en`)) ?? '';
    return this.mjml.compile(source, vars);
  }
}

export const emailWorker = (renderer: TemplateRenderer, mailer: Mailer) =>
  new Worker<EmailJob, void>('emails', async (job: Job<EmailJob, void>) => {
    const { to, templateId, locale, vars, messageId } = job.data;
    const email = await renderer.render(templateId, locale, vars);
    await mailer.send(to, email, { 'Message-ID': messageId, 'X-Attempt': String(job.attemptsMade) });
  });
