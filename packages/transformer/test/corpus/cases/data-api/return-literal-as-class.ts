// origin: shape of a data API whose method is typed with an exported entity class but builds a plain object literal (your own writing)
// category: data-api
// decorators: legacy
// expect: clean
// why: a class-typed result that the body builds as a plain object literal is stored and given back plain; the class is exported (return value fine)
import { memoize } from 'keyproof';

export class CountryEntity {
  code!: string;
  name!: string;
  population!: number;
  capital!: string | null;
}

interface GeoApi { country(code: string): Promise<{ cca2: string; name: { common: string }; population: number; capital?: string[] }> }

export class CountryRepo {
  constructor(private readonly geo: GeoApi) {}

  @memoize({ version: 'c1', ttl: '30d', cost: 0.00005 })
  async byCode(code: string): Promise<CountryEntity> {
    const raw = await this.geo.country(code.toUpperCase());
    return {
      code: raw.cca2,
      name: raw.name.common,
      population: raw.population,
      capital: raw.capital?.[0] ?? null,
    };
  }
}
