// origin: shape of a public-transport timetable wrapper returning Map<string, Station> (issue 14: "a Map<string, Station> return (a class without methods) accepted by the build and then refused by the runtime")
// category: data-api
// decorators: tc39
// expect: clean
//
// Was a must-fail case while the codec returned class instances as plain objects; the plan now
// names the exported class and every hit gives back a Map of its instances (issue 20).
import { memoize } from 'keyproof';

export class Station {
  constructor(readonly id: string, readonly name: string, readonly lat: number, readonly lon: number) {}
}

interface GtfsApi { stops(feed: string): Promise<{ stop_id: string; stop_name: string; stop_lat: number; stop_lon: number }[]> }

export class TimetableClient {
  constructor(private readonly gtfs: GtfsApi) {}

  @memoize({ ttl: '1d' })
  async stationsById(feed: string): Promise<Map<string, Station>> {
    const stops = await this.gtfs.stops(feed);
    return new Map(stops.map((s) => [s.stop_id, new Station(s.stop_id, s.stop_name, s.stop_lat, s.stop_lon)]));
  }
}
