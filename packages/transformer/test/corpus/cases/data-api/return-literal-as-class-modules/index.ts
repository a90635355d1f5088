// origin: shape of a CRM data-API client whose method is typed to return entity classes but builds plain object literals (your own writing, never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: clean
// why: return value: a class-typed result (an exported entity class) that the body builds as plain object literals is stored and comes back plain, as it went in
import { memoize } from 'keyproof';
import { CustomerEntity } from './entities';

interface CrmApi {
  search(q: { email: string }): Promise<{ id: string; email: string; created: string; labels?: string[] }[]>;
}

export class CustomerLookup {
  constructor(private readonly crm: CrmApi) {}

  @memoize({ version: 'cust-v1', ttl: '10m', cost: 0.0005 })
  async byEmail(email: string): Promise<CustomerEntity[]> {
    const found = await this.crm.search({ email: email.trim().toLowerCase() });
    return found.map((c) => ({ id: c.id, email: c.email, createdAt: new Date(c.created), tags: c.labels ?? [] }) as CustomerEntity);
  }
}
