// origin: CoinSpace/CoinSpace@14f19c3056551092422d41cf01454af5a7df7b56 server/lib/v3/ramps/moonpay.js:1-81 (MoonPay ramp: supported currencies and countries memoised for an hour with p-memoize)
// category: pricing-client
// decorators: tc39
// expect: clean
// proof: server/lib/v3/ramps/moonpay.js:12 `baseURL: 'https://api.moonpay.com/',`
//
// The two memoised list fetches take no argument and read only `rampApi`, an axios client
// built from constants (fixed base URL and timeout). The env-dependent parts of the module
// (sandbox suffix, API key and secret) are read by the non-memoised `moonpay()` that builds
// the buy/sell URLs, never by the memoised fetches.
import { createHmac } from 'node:crypto';
import { memoize } from 'keyproof';

import axios from './axios';

const rampData = {
  name: 'MoonPay',
  svg: 'svg_moonpay',
};
const envSuffix = `${process.env.NODE_ENV === 'production' ? '' : '-sandbox'}`;
const rampApi = axios.create({
  baseURL: 'https://api.moonpay.com/',
  timeout: 15000, // 15 secs
});
const colorCode = '#3cc77a';

interface MoonpayCountry {
  alpha2: string;
  isBuyAllowed: boolean;
  isSellAllowed: boolean;
}
interface MoonpayCurrency {
  id: string;
  code: string;
  isSuspended: boolean;
  isSupportedInUS: boolean;
  isSellSupported: boolean;
}
interface Crypto {
  moonpay?: { id: string };
}
interface RampLink {
  name: string;
  svg: string;
  url: string;
}

async function moonpay(countryCode: string, crypto: Crypto | undefined, walletAddress: string) {
  if (!crypto) return {};
  const result: { buy?: RampLink; sell?: RampLink } = {};
  const countries = await cachedCountries();
  const country = countries.find((item) => item.alpha2 === countryCode);
  if (!country) return {};

  const currencies = await cachedCurrencies();
  let currency: MoonpayCurrency | undefined;
  if (crypto.moonpay) {
    const { id } = crypto.moonpay;
    currency = currencies.find((item) => item.id === id);
  }
  if (!currency) return {};
  if (currency.isSuspended) return {};
  if (country.alpha2 === 'US' && !currency.isSupportedInUS) return {};

  if (country.isBuyAllowed) {
    const params = new URLSearchParams({
      apiKey: process.env.MOONPAY_API_KEY ?? '',
      currencyCode: currency.code,
      walletAddress,
      colorCode,
      enableRecurringBuys: 'true',
    });
    result.buy = {
      ...rampData,
      url: signUrl(`https://buy${envSuffix}.moonpay.com?${params}`),
    };
  }

  if (country.isSellAllowed && currency.isSellSupported) {
    const params = new URLSearchParams({
      apiKey: process.env.MOONPAY_API_KEY ?? '',
      baseCurrencyCode: currency.code,
      refundWalletAddress: walletAddress,
      colorCode,
    });
    result.sell = {
      ...rampData,
      url: signUrl(`https://sell${envSuffix}.moonpay.com?${params}`),
    };
  }

  return result;
}

const cachedCurrencies = memoize(async function cachedCurrencies(): Promise<MoonpayCurrency[]> {
  const { data } = await rampApi.get<MoonpayCurrency[]>('/v3/currencies');
  return data;
}, { ttl: '1h' }); // 1 hour

const cachedCountries = memoize(async function cachedCountries(): Promise<MoonpayCountry[]> {
  const { data } = await rampApi.get<MoonpayCountry[]>('/v3/countries');
  return data;
}, { ttl: '1h' }); // 1 hour

function signUrl(url: string) {
  const signature = createHmac('sha256', process.env.MOONPAY_API_SECRET ?? '')
    .update(new URL(url).search)
    .digest('base64');
  return `${url}&signature=${encodeURIComponent(signature)}`;
}

export default moonpay;
