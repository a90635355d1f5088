// origin: shape of a NestJS geocoding module with a typed settings wrapper over ConfigService (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: KP91040|KP91046 region
// why: the bias region comes from configuration through the GeoSettings wrapper and is sent upstream, so it shapes the answer with no key decision (principle 2).
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export interface GeocodeHit {
  formattedAddress: string;
  lat: number;
  lng: number;
  placeId: string;
}

/** Typed access to the geo.* settings so services do not sprinkle string paths around. */
@Injectable()
export class GeoSettings {
  constructor(private readonly config: ConfigService) {}

  get region(): string {
    return this.config.get<string>('geo.region') ?? 'eu';
  }

  get apiKey(): string {
    return this.config.getOrThrow<string>('geo.apiKey');
  }
}

@Injectable()
export class GeocodeService {
  private readonly logger = new Logger(GeocodeService.name);

  constructor(
    private readonly http: HttpService,
    private readonly settings: GeoSettings,
  ) {}

  @memoize({ version: 'geocode-v2', ttl: '30d', cost: 0.005 })
  async geocode(address: string): Promise<GeocodeHit[]> {
    const { data } = await firstValueFrom(
      this.http.get<{ results: { formatted_address: string; place_id: string; geometry: { location: { lat: number; lng: number } } }[] }>(
        'https://maps.googleapis.com/maps/api/geocode/json',
        {
          params: { address, region: this.settings.region, key: this.settings.apiKey },
        },
      ),
    );
    this.logger.debug(`geocoded "${address}": ${data.results.length} hits`);
    return data.results.map((r) => ({
      formattedAddress: r.formatted_address,
      lat: r.geometry.location.lat,
      lng: r.geometry.location.lng,
      placeId: r.place_id,
    }));
  }
}
