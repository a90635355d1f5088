// Reduced from apps/api/src/app/rate-limiting/usecases/get-api-rate-limit-service-maximum-config/
// get-api-rate-limit-service-maximum-config.usecase.ts: the injected provider whose `default`
// table is rebuilt from API_RATE_LIMIT_MAXIMUM_* env vars at module init. (The original then
// compares a hash of the table with the one in Redis and, when it changed, invalidates every
// cached GetApiRateLimitMaximum entry; that invalidation is left out with the cache services.)
import { Injectable } from '@nestjs/common';

import {
  ApiRateLimitCategoryEnum,
  ApiServiceLevelEnum,
  DEFAULT_API_RATE_LIMIT_SERVICE_MAXIMUM_CONFIG,
  IApiRateLimitServiceMaximum,
} from './shared';

@Injectable()
export class GetApiRateLimitServiceMaximumConfig {
  public default: IApiRateLimitServiceMaximum = DEFAULT_API_RATE_LIMIT_SERVICE_MAXIMUM_CONFIG;

  async onModuleInit() {
    await this.loadDefault();
  }

  public async loadDefault(): Promise<void> {
    const newDefault = this.createDefault();
    this.default = newDefault;
  }

  private createDefault(): IApiRateLimitServiceMaximum {
    const mergedConfig: IApiRateLimitServiceMaximum = { ...DEFAULT_API_RATE_LIMIT_SERVICE_MAXIMUM_CONFIG };

    // Read process environment only once for performance
    const processEnv = process.env;

    Object.values(ApiServiceLevelEnum).forEach((apiServiceLevel) => {
      Object.values(ApiRateLimitCategoryEnum).forEach((apiRateLimitCategory) => {
        const envVarName = this.getEnvVarName(apiServiceLevel, apiRateLimitCategory);
        const envVarValue = processEnv[envVarName];

        if (envVarValue) {
          mergedConfig[apiServiceLevel][apiRateLimitCategory] = Number(envVarValue);
        }
      });
    });

    return mergedConfig;
  }

  private getEnvVarName(apiServiceLevel: ApiServiceLevelEnum, apiRateLimitCategory: ApiRateLimitCategoryEnum): string {
    return `API_RATE_LIMIT_MAXIMUM_${apiServiceLevel.toUpperCase()}_${apiRateLimitCategory.toUpperCase()}`;
  }
}
