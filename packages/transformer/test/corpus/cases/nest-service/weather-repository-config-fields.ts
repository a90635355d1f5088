// origin: shape of a NestJS WeatherRepository (public weather-app repositories): API_URL and API_KEY copied from ConfigService into fields in the constructor, read by the cached lookup
// category: nest-service
// decorators: legacy
// expect: KP91040 apiUrl
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export interface WeatherDto { city: string; tempC: number; description: string }
interface OpenWeatherResponse { name: string; main: { temp: number }; weather: { description: string }[] }

@Injectable()
export class WeatherRepository {
  private readonly apiUrl: string;
  private readonly apiKey: string;

  constructor(private readonly httpService: HttpService, configService: ConfigService) {
    this.apiUrl = configService.getOrThrow<string>('WEATHER_API_URL');
    this.apiKey = configService.getOrThrow<string>('WEATHER_API_KEY');
  }

  @memoize({ ttl: '10m' })
  async get(city: string): Promise<WeatherDto> {
    const { data } = await firstValueFrom(
      this.httpService.get<OpenWeatherResponse>(`${this.apiUrl}/weather`, { params: { q: city, appid: this.apiKey, units: 'metric' } }),
    );
    return { city: data.name, tempC: data.main.temp, description: data.weather[0]?.description ?? '' };
  }
}
