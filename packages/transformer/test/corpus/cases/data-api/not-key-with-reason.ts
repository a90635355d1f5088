// origin: shape of a geocoding/weather data client with experimentalDecorators: the API key parameter marked @notKey('reason') as the README's table suggests
// category: data-api
// decorators: legacy
// expect: clean
import { memoize, notKey } from 'keyproof';

export interface AirQuality { city: string; aqi: number; dominantPollutant: string }

export class AirQualityClient {
  @memoize({ ttl: '30m' })
  async byCity(city: string, @notKey('credentials do not shape the answer') token: string): Promise<AirQuality> {
    const res = await fetch(`https://api.waqi.info/feed/${encodeURIComponent(city)}/?token=${token}`);
    const { data } = (await res.json()) as { data: { aqi: number; dominentpol: string } };
    return { city, aqi: data.aqi, dominantPollutant: data.dominentpol };
  }
}
