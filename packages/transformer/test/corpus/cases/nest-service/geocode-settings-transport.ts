// origin: shape of a NestJS geocoding module with a typed settings wrapper over ConfigService (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: clean
// why: the wrapper only supplies the API key, a timeout and a client-name header; the region is a parameter, so nothing outside the key shapes the request or the answer (principles 2 and 3).
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export interface GeocodeHit {
  formattedAddress: string;
  lat: number;
  lng: number;
}

/** Transport settings for outbound geo calls. */
@Injectable()
export class GeoTransportSettings {
  constructor(private readonly config: ConfigService) {}

  get timeoutMs(): number {
    return Number(this.config.get<string>('geo.timeoutMs') ?? 4000);
  }

  get apiKey(): string {
    return this.config.getOrThrow<string>('geo.apiKey');
  }

  get clientName(): string {
    return this.config.get<string>('app.name') ?? 'storefront-api';
  }
}

@Injectable()
export class GeocodeClient {
  private readonly logger = new Logger(GeocodeClient.name);

  constructor(
    private readonly http: HttpService,
    private readonly transport: GeoTransportSettings,
  ) {}

  @memoize({ version: 'geocode-v2', ttl: '30d', cost: 0.005 })
  async geocode(address: string, region: string): Promise<GeocodeHit[]> {
    const started = Date.now();
    const { data } = await firstValueFrom(
      this.http.get<{ results: { formatted_address: string; geometry: { location: { lat: number; lng: number } } }[] }>(
        'https://maps.googleapis.com/maps/api/geocode/json',
        {
          params: { address, region, key: this.transport.apiKey },
          headers: { 'X-Client-Name': this.transport.clientName },
          timeout: this.transport.timeoutMs,
        },
      ),
    );
    this.logger.debug(`geocode ${region} took ${Date.now() - started}ms`);
    return data.results.map((r) => ({
      formattedAddress: r.formatted_address,
      lat: r.geometry.location.lat,
      lng: r.geometry.location.lng,
    }));
  }
}
