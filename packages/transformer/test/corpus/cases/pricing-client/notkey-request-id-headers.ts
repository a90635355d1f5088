// origin: shape of a tariff client whose request id is @notKey but is also forwarded inside a keyed headers bag
// category: pricing-client
// decorators: legacy
// expect: KP* requestId|headers
// why: requestId is excluded, yet the caller copies it into the keyed `headers` parameter: the excluded per-call value reaches the key by another route
import { randomUUID } from 'node:crypto';
import { memoize, notKey } from 'keyproof';

interface TariffApi {
  tariff(params: { product: string; country: string }, headers: Record<string, string>): Promise<{ dutyPercent: number; vatPercent: number }>;
}

interface Logger {
  info(msg: string, meta?: Record<string, unknown>): void;
}

export class TariffClient {
  constructor(
    private readonly api: TariffApi,
    private readonly logger: Logger,
  ) {}

  @memoize({ version: 'tariff-v1', ttl: '7d', cost: 0.002 })
  async tariff(
    hsCode: string,
    country: string,
    headers: Record<string, string>,
    @notKey('correlation only') requestId: string,
  ): Promise<{ dutyPercent: number; vatPercent: number }> {
    this.logger.info('tariff lookup', { requestId, hsCode, country });
    return this.api.tariff({ product: hsCode, country }, headers);
  }
}

export async function landedCost(client: TariffClient, hsCode: string, country: string, lang: string, valueCents: number) {
  const requestId = randomUUID();
  const headers = { 'accept-language': lang, 'x-request-id': requestId };
  const { dutyPercent, vatPercent } = await client.tariff(hsCode, country, headers, requestId);
  return Math.round(valueCents * (1 + dutyPercent / 100) * (1 + vatPercent / 100));
}
