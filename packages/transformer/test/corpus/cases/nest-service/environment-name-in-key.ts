// origin: shape of a NestJS feature-flag client: the deployment environment (NODE_ENV) read by the caller and passed explicitly, so staging and production never share flags in one store
// category: nest-service
// decorators: legacy
// expect: clean
import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';

export interface Flags { [flag: string]: boolean }
interface FlagApi { flags(project: string, environment: string): Promise<Flags> }

@Injectable()
export class FeatureFlags {
  constructor(private readonly api: FlagApi) {}

  @memoize({ ttl: '30s' })
  async flags(project: string, environment: string): Promise<Flags> {
    return this.api.flags(project, environment);
  }

  async isOn(flag: string): Promise<boolean> {
    const environment = process.env['NODE_ENV'] ?? 'development';
    return (await this.flags('storefront', environment))[flag] === true;
  }
}
