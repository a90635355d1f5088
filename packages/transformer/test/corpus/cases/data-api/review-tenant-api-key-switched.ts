// origin: review probe: a service whose API key field is switched per tenant at run time (credential exemption on service state)
// category: data-api
// decorators: tc39
// expect: KP91040|KP91046 apiKey
// why: the key the service was switched to decides whose records the API returns, so mutable service state shapes the answer (principle 2). (Widened to 91040 in session 11: an undecided class field is 91040 in keyproof's table.)
import { memoize } from 'keyproof';

export interface Contact { id: string; email: string }

export class CrmContacts {
  private apiKey = '';

  actAs(tenantApiKey: string): void {
    this.apiKey = tenantApiKey;
  }

  @memoize({ version: 'crm-contacts-v1', ttl: '10m', cost: 0.001 })
  async search(term: string): Promise<Contact[]> {
    const res = await fetch(`https://api.crm.example/v2/contacts?q=${encodeURIComponent(term)}`, {
      headers: { Authorization: `Bearer ${this.apiKey}` },
    });
    if (!res.ok) throw new Error(`crm ${res.status}`);
    return (await res.json()) as Contact[];
  }
}
