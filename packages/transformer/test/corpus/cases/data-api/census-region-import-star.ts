// origin: shape of a data-API client that reaches a regional host through `import * as proc from 'process'` (never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: KP91044 DATA_REGION
// why: DATA_REGION picks the regional dataset the statistics are read from and is read from process.env under another name inside the memoised method, with no key decision (principle 2).
import * as proc from 'process';
import { memoize } from 'keyproof';

export interface PopulationSeries {
  areaCode: string;
  points: { year: number; population: number }[];
}

interface HttpClient {
  getJson<T>(url: string, headers?: Record<string, string>): Promise<T>;
}

export class StatisticsClient {
  constructor(private readonly http: HttpClient) {}

  private headers(): Record<string, string> {
    return { Authorization: `Token ${proc.env.STATS_API_TOKEN ?? ''}` };
  }

  /** Population by year for one area; the statistics office throttles hard. */
  @memoize({ version: 'population-v1', ttl: '30d' })
  async population(areaCode: string, fromYear: number, toYear: number): Promise<PopulationSeries> {
    const region = proc.env.DATA_REGION ?? 'eu';
    const url = `https://${region}.stats.example.org/v3/population/${encodeURIComponent(areaCode)}?from=${fromYear}&to=${toYear}`;
    const body = await this.http.getJson<{ series: [number, number][] }>(url, this.headers());
    return {
      areaCode,
      points: body.series.map(([year, population]) => ({ year, population })),
    };
  }
}
