// origin: shape of a data-API SDK module configured once through init(), whose memoised fetchers build URLs through a helper
// category: data-api
// decorators: tc39
// expect: KP* apiBase
// why: the helper endpoint() reads mutable module state (apiBase, set by init) that picks the upstream environment; followed through the helper, it is an unkeyed input (nothing less)
import { memoize } from 'keyproof';

let apiBase = 'https://api.sandbox.open-data.example.com';

export function init(options: { baseUrl: string }): void {
  apiBase = options.baseUrl.replace(/\/$/, '');
}

function endpoint(path: string): string {
  return `${apiBase}/v2/${path.replace(/^\//, '')}`;
}

export interface Company {
  number: string;
  name: string;
  status: string;
}

export const companyProfile = memoize(
  async function companyProfile(companyNumber: string): Promise<Company> {
    const res = await fetch(endpoint(`companies/${encodeURIComponent(companyNumber)}`));
    if (!res.ok) throw new Error(`profile ${companyNumber}: ${res.status}`);
    const body = (await res.json()) as Company;
    return { number: body.number, name: body.name, status: body.status };
  },
  { ttl: '1d', cost: 0.001 },
);
