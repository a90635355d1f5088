// Reduced from @novu/shared (packages/shared/src/types/organization/index.ts,
// types/rate-limiting/service.types.ts, consts/rate-limiting/apiRateLimits.ts).
export enum ApiServiceLevelEnum {
  FREE = 'free',
  BUSINESS = 'business',
  ENTERPRISE = 'enterprise',
  // TODO: NV-3067 - Remove unlimited tier once all organizations have a service level
  UNLIMITED = 'unlimited',
}

export enum ApiRateLimitCategoryEnum {
  TRIGGER = 'trigger',
  CONFIGURATION = 'configuration',
  GLOBAL = 'global',
}

export type IApiRateLimitMaximum = Record<ApiRateLimitCategoryEnum, number>;
export type IApiRateLimitServiceMaximum = Record<ApiServiceLevelEnum, IApiRateLimitMaximum>;

export const DEFAULT_API_RATE_LIMIT_SERVICE_MAXIMUM_CONFIG: IApiRateLimitServiceMaximum = {
  [ApiServiceLevelEnum.FREE]: {
    [ApiRateLimitCategoryEnum.TRIGGER]: 60,
    [ApiRateLimitCategoryEnum.CONFIGURATION]: 20,
    [ApiRateLimitCategoryEnum.GLOBAL]: 30,
  },
  [ApiServiceLevelEnum.BUSINESS]: {
    [ApiRateLimitCategoryEnum.TRIGGER]: 600,
    [ApiRateLimitCategoryEnum.CONFIGURATION]: 200,
    [ApiRateLimitCategoryEnum.GLOBAL]: 300,
  },
  [ApiServiceLevelEnum.ENTERPRISE]: {
    [ApiRateLimitCategoryEnum.TRIGGER]: 6000,
    [ApiRateLimitCategoryEnum.CONFIGURATION]: 2000,
    [ApiRateLimitCategoryEnum.GLOBAL]: 3000,
  },
  [ApiServiceLevelEnum.UNLIMITED]: {
    [ApiRateLimitCategoryEnum.TRIGGER]: 6000,
    [ApiRateLimitCategoryEnum.CONFIGURATION]: 2000,
    [ApiRateLimitCategoryEnum.GLOBAL]: 3000,
  },
};
