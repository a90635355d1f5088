// origin: review probe: a Nest service reading its API key from the injected ConfigService into a field (made by the container, no `new`)
// category: nest-service
// decorators: legacy
// expect: clean
// why: the key is the process's own configuration, the same for every instance, so it only authenticates (principle 3: a credential).
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { memoize } from 'keyproof';

@Injectable()
export class WeatherService {
  private readonly apiKey: string;

  constructor(config: ConfigService) {
    this.apiKey = config.getOrThrow<string>('WEATHER_API_KEY');
  }

  @memoize({ version: 'weather-v1', ttl: '30m' })
  async forecast(city: string): Promise<string> {
    const res = await fetch(`https://weather.example.com/v1/forecast?city=${encodeURIComponent(city)}`, {
      headers: { 'x-api-key': this.apiKey },
    });
    return ((await res.json()) as { summary: string }).summary;
  }
}
