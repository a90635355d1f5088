// origin: shape of a time-series API wrapper whose caller captures "now" once, aliases it, and passes its ISO string as the window end
// category: data-api
// decorators: tc39
// expect: KP* until|end|stamp
// why: new Date() travels through an alias and toISOString() (full precision, not sliced to a day) into a keyed parameter: a per-call clock value (nothing more)
import { memoize } from 'keyproof';

interface SeriesApi {
  points(series: string, from: string, until: string): Promise<[string, number][]>;
}

declare const seriesApi: SeriesApi;

export const loadSeries = memoize(
  async function loadSeries(series: string, from: string, until: string): Promise<[string, number][]> {
    const pts = await seriesApi.points(series, from, until);
    return pts.map(([t, v]) => [t, v] as [string, number]);
  },
  { ttl: '5m', cost: 0.001 },
);

export async function lastWeek(series: string): Promise<[string, number][]> {
  const stamp = new Date();
  const end = stamp;
  const start = new Date(end.getTime() - 7 * 86_400_000);
  return loadSeries(series, start.toISOString().slice(0, 10), end.toISOString());
}
