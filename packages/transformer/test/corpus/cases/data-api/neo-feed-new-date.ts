// origin: shape of a NASA NeoWs feed wrapper (public "nasa api" repos: feed?start_date&end_date&api_key) whose caller passes "now" as the start of the window
// category: data-api
// decorators: tc39
// expect: KP91020 start
import { memoize } from 'keyproof';

export interface NearEarthObject { id: string; name: string; hazardous: boolean; missKm: number }
interface NeoFeed { near_earth_objects: Record<string, { id: string; name: string; is_potentially_hazardous_asteroid: boolean; close_approach_data: { miss_distance: { kilometers: string } }[] }[]> }

const NASA_API_KEY = 'DEMO_KEY';

export class NasaClient {
  @memoize({ ttl: '1h' })
  async feed(start: string, end: string): Promise<NearEarthObject[]> {
    const res = await fetch(`https://api.nasa.gov/neo/rest/v1/feed?start_date=${start}&end_date=${end}&api_key=${NASA_API_KEY}`);
    const body = (await res.json()) as NeoFeed;
    return Object.values(body.near_earth_objects).flat().map((n) => ({ id: n.id, name: n.name, hazardous: n.is_potentially_hazardous_asteroid, missKm: Number(n.close_approach_data[0]?.miss_distance.kilometers ?? 0) }));
  }

  async nextWeek(): Promise<NearEarthObject[]> {
    const start = new Date();
    const end = new Date(start.getTime() + 7 * 86_400_000);
    return this.feed(start.toISOString(), end.toISOString().slice(0, 10));
  }
}
