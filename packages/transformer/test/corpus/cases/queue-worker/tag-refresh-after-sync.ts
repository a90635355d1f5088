// origin: shape of a BullMQ CRM sync worker: a memoised contact lookup tagged by account and contact, invalidated per account after a sync, whole method after a schema change
// category: queue-worker
// decorators: legacy
// expect: clean
// why: parts come from key fields; the invalidations name declared tags with the declared part counts and an existing method id
import { Worker, type Job } from 'bullmq';
import { memoize, tag, invalidateTag, invalidateMethod } from 'keyproof';

interface Contact {
  id: string;
  email: string;
  owner: string;
}

declare const crm: { contact(accountId: string, contactId: string): Promise<Contact> };

export class Contacts {
  @memoize({
    id: 'crm.contact',
    version: 'schema-4',
    ttl: '1d',
    tags: ({ accountId, contactId }) => [tag('account', accountId), tag('contact', accountId, contactId)],
  })
  async contact(accountId: string, contactId: string): Promise<Contact> {
    const c = await crm.contact(accountId, contactId);
    return { id: c.id, email: c.email, owner: c.owner };
  }
}

export const syncWorker = new Worker('crm-sync', async (job: Job<{ accountId: string; contactIds: string[]; schemaChanged: boolean }>) => {
  if (job.data.schemaChanged) {
    await invalidateMethod('crm.contact');
    return;
  }
  await invalidateTag(tag('account', job.data.accountId));
  for (const contactId of job.data.contactIds) await invalidateTag(tag('contact', job.data.accountId, contactId));
});
