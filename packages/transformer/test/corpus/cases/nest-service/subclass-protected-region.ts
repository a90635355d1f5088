// origin: shape of a NestJS geocoding provider family whose vendor subclasses share a base constructor (your own writing, never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: KP* region
// why: nothing less: the memoised subclass method sends this.region, a protected field the parent constructor set from a per-instance injected argument, to the upstream, and it is neither keyed, excluded nor acknowledged
import { Inject, Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export interface GeoPoint { lat: number; lng: number; label: string }

export abstract class GeoProvider {
  protected readonly logger: Logger;
  protected readonly region: string;

  constructor(protected readonly http: HttpService, region: string, name: string) {
    this.region = region.trim().toLowerCase();
    this.logger = new Logger(name);
  }

  protected abstract endpoint(): string;
}

@Injectable()
export class MapboxGeocoder extends GeoProvider {
  constructor(http: HttpService, @Inject('GEO_REGION') region: string) {
    super(http, region, 'MapboxGeocoder');
  }

  protected endpoint(): string {
    return 'https://api.mapbox.example/geocoding/v5/mapbox.places';
  }

  @memoize({ version: 'geo-v2', ttl: '30d', cost: 0.005 })
  async geocode(address: string): Promise<GeoPoint | null> {
    const url = `${this.endpoint()}/${encodeURIComponent(address)}.json`;
    const res = await firstValueFrom(
      this.http.get<{ features: { center: [number, number]; place_name: string }[] }>(url, {
        params: { country: this.region, limit: 1 },
      }),
    );
    this.logger.debug(`geocode: ${res.data.features.length} candidates`);
    const best = res.data.features[0];
    return best ? { lng: best.center[0], lat: best.center[1], label: best.place_name } : null;
  }
}
