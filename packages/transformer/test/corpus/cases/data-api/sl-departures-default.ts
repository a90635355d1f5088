// origin: shape of kirillgroshkov/kg-backend src/sl/slApi.service.ts (@memo({ ttl: 15000 }) getDepartures(siteId, timeWindow = 30), API key from a secrets module)
// category: data-api
// decorators: legacy
// expect: clean
import { memoize } from 'keyproof';

const secret = { SL_REALTIME_API_KEY: 'from-vault' } as const;

export interface Departure { line: string; destination: string; expected: string }
interface SlResponse { ResponseData: { Metros: { LineNumber: string; Destination: string; ExpectedDateTime: string }[] } }

class SLApiService {
  @memoize({ ttl: '15s' })
  async getDepartures(siteId: string, timeWindow: number = 30): Promise<Departure[]> {
    const url = new URL('https://api.sl.se/api2/realtimedeparturesV4.json');
    url.search = new URLSearchParams({ key: secret.SL_REALTIME_API_KEY, siteId, timeWindow: String(timeWindow), Bus: 'false', Train: 'false' }).toString();
    const body = (await (await fetch(url)).json()) as SlResponse;
    return body.ResponseData.Metros.map((m) => ({ line: m.LineNumber, destination: m.Destination, expected: m.ExpectedDateTime }));
  }
}

export const slApiService = new SLApiService();
