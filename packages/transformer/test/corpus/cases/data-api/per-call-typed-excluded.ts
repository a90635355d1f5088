// origin: shape of a postal-address validation client that takes a per-call request id typed PerCall and excluded from the key
// category: data-api
// decorators: tc39
// expect: clean
// why: the request id is typed PerCall and excluded with a reason; it only reaches a log line; the address fields are the key
import { memoize, type PerCall } from 'keyproof';

export interface Address {
  line1: string;
  city: string;
  postcode: string;
  country: string;
}

interface AddressApi {
  validate(a: Address): Promise<{ valid: boolean; normalized: Address | null }>;
}

interface Log {
  debug(msg: string, meta?: object): void;
}

export class AddressValidator {
  constructor(private readonly api: AddressApi, private readonly log: Log) {}

  /**
   * @excludeFromKey requestId differs on every call; used for log correlation only
   */
  @memoize({ version: 'v1', ttl: '30d', cost: 0.004 })
  async validate(address: Address, requestId: PerCall<string>): Promise<{ valid: boolean; normalized: Address | null }> {
    this.log.debug('validate address', { requestId, country: address.country });
    const r = await this.api.validate({ ...address, postcode: address.postcode.replace(/\s+/g, '').toUpperCase() });
    return { valid: r.valid, normalized: r.normalized ? { ...r.normalized } : null };
  }
}
