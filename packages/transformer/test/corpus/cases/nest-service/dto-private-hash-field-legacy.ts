// origin: shape of an entity class with an ECMAScript #private cache field, returned by a service
// category: nest-service
// decorators: legacy
// expect: KP91032 account
//
// The codec cannot see #private fields: the account would come back without its balance.
import { memoize } from 'keyproof';

export class AccountEntity {
  #balanceCents = 0;
  constructor(readonly id: string) {}
  get balance(): number {
    return this.#balanceCents / 100;
  }
}

interface Ledger { account(id: string): Promise<AccountEntity> }

export class AccountsService {
  constructor(private readonly ledger: Ledger) {}

  @memoize({ ttl: '5m' })
  async account(id: string): Promise<AccountEntity> {
    return this.ledger.account(id);
  }
}
