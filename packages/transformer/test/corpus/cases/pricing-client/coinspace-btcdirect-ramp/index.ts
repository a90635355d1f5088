// origin: CoinSpace/CoinSpace@14f19c3056551092422d41cf01454af5a7df7b56 server/lib/v3/ramps/btcdirect.js:1-49 (BTC Direct ramp: supported currency pairs memoised for an hour with p-memoize; the API client's base URL depends on NODE_ENV)
// category: pricing-client
// decorators: tc39
// expect: KP* rampApi|NODE_ENV|BTCDIRECT_API_KEY|API_KEY
// proof: server/lib/v3/ramps/btcdirect.js:11 `baseURL: `https://api${process.env.NODE_ENV === 'production' ? '' : '-sandbox'}.btcdirect.eu/`,`
//
// Same shape as the MoonPay ramp, but `rampApi` is configured from the environment: its base
// URL is the production or the sandbox API depending on NODE_ENV (and its x-api-key header is
// BTCDIRECT_API_KEY). The memoised fetch takes no argument, so a sandbox and a production
// deployment sharing a keyproof store would serve each other's currency pairs. Kept: must
// fail. Reduction: the countries fetch (same shape, line 51) and the country check are left
// out so that the case holds one memoised function.
import { memoize } from 'keyproof';

import axios from './axios';

const API_KEY = process.env.BTCDIRECT_API_KEY;
const rampData = {
  name: 'BTC Direct',
  svg: 'svg_btcdirect',
};
const rampApi = axios.create({
  baseURL: `https://api${process.env.NODE_ENV === 'production' ? '' : '-sandbox'}.btcdirect.eu/`,
  timeout: 15000, // 15 secs
  headers: { 'x-api-key': API_KEY ?? '' },
});

interface BtcDirectCurrencyPair {
  currencyPair: string;
  baseCurrency: { code: string };
  buy?: { status: 'enabled' | 'disabled' };
}
interface Crypto {
  btcdirect?: { currencyPair: string[] };
}

async function btcdirect(countryCode: string, crypto: Crypto | undefined, walletAddress: string) {
  if (!API_KEY) return {};
  if (!crypto) return {};

  const currencies = await cachedCurrencies();

  let currency: BtcDirectCurrencyPair | undefined;
  if (crypto.btcdirect) {
    const { currencyPair } = crypto.btcdirect;
    currency = currencies.find((item) => currencyPair.includes(item.currencyPair));
  }
  if (!currency) return {};

  if (currency.buy && currency.buy.status === 'enabled') {
    const url = new URL('/api/v3/btcdirect/buy', process.env.SITE_URL);
    url.searchParams.set('address', walletAddress);
    url.searchParams.set('baseCurrency', currency.baseCurrency.code);
    return {
      buy: {
        ...rampData,
        url: url.toString(),
      },
    };
  }
  return {};
}

const cachedCurrencies = memoize(async function cachedCurrencies(): Promise<BtcDirectCurrencyPair[]> {
  const { data } = await rampApi.get<BtcDirectCurrencyPair[]>('/api/v1/system/currency-pairs');
  return data;

}, { ttl: '1h' }); // 1 hour

export default btcdirect;
