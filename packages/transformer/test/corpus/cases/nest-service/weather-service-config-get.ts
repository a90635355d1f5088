// origin: shape of a NestJS WeatherService (public weather-app repositories): HttpService and ConfigService injected, the API key read through configService.get inside the method, a Logger field
// category: nest-service
// decorators: legacy
// expect: clean
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export interface CurrentWeather { lat: number; lon: number; tempC: number; windKph: number }
interface WeatherApiResponse { current: { temp_c: number; wind_kph: number } }

@Injectable()
export class WeatherService {
  private readonly logger = new Logger(WeatherService.name);

  constructor(private readonly httpService: HttpService, private readonly configService: ConfigService) {}

  @memoize({ ttl: '15m' })
  async get(lat: number, lon: number): Promise<CurrentWeather> {
    const apiKey = this.configService.get<string>('WEATHER_API_KEY');
    this.logger.debug(`weather for ${lat},${lon}`);
    const response = await firstValueFrom(
      this.httpService.get<WeatherApiResponse>('https://api.weatherapi.com/v1/current.json', { params: { key: apiKey, q: `${lat},${lon}` } }),
    );
    return { lat, lon, tempC: response.data.current.temp_c, windKph: response.data.current.wind_kph };
  }
}
