// origin: novuhq/novu@74a2e9a6a295cd5a17aa9806914b4574fecce737 apps/api/src/app/rate-limiting/usecases/get-api-rate-limit-maximum/get-api-rate-limit-maximum.usecase.ts:12-79 (GetApiRateLimitMaximum: @CachedEntity keyed by environment and category; reads the organization id and the provider's env-built default table)
// category: nest-service
// decorators: legacy
// expect: KP* _organizationId
// expect: KP* default|getDefaultApiRateLimits
// proof: get-api-rate-limit-maximum.usecase.ts:29 `builder: (command: { apiRateLimitCategory: ApiRateLimitCategoryEnum; _environmentId: string }) =>`
// proof: get-api-rate-limit-maximum.usecase.ts:72 `apiRateLimits = this.getDefaultApiRateLimits.default[apiServiceLevel];`
//
// The @CachedEntity builder keys on `_environmentId` and `apiRateLimitCategory` and drops
// `_organizationId`, which the body sends to `organizationRepository.findById`; ported as the
// same allow-list, `@cacheKey('apiRateLimitCategory', '_environmentId')`. The result also
// comes from `this.getDefaultApiRateLimits.default`, a public field of the injected provider
// that is reassigned from API_RATE_LIMIT_MAXIMUM_* env vars at module init (novu compensates
// with a hash check and a wildcard invalidation, get-api-rate-limit-service-maximum-config
// .usecase.ts:46; a keyproof key holds nothing for it). Kept as written: must fail.
// Reduction: the use case's named destructured parameter becomes `command` (destructured on
// the first line); @InstrumentUsecase and the Logger context are left out.
import { Injectable, Logger } from '@nestjs/common';
import { cacheKey, memoize } from 'keyproof';

import {
  CommunityOrganizationRepository,
  EnvironmentRepository,
  InternalServerErrorException,
} from './dal';
import { GetApiRateLimitServiceMaximumConfig } from './service-maximum-config';
import { ApiRateLimitCategoryEnum, ApiServiceLevelEnum, IApiRateLimitMaximum } from './shared';

const LOG_CONTEXT = 'GetApiRateLimit';
const logger = new Logger(LOG_CONTEXT);

export const CUSTOM_API_SERVICE_LEVEL = 'custom';

export type ApiServiceLevel = ApiServiceLevelEnum | typeof CUSTOM_API_SERVICE_LEVEL;

// Array type to keep the cached entity as small as possible for more performant caching
export type GetApiRateLimitMaximumDto = [apiRateLimitMaximum: number, apiServiceLevel: ApiServiceLevel];

export class GetApiRateLimitMaximumCommand {
  environmentId!: string;
  organizationId!: string;
  apiRateLimitCategory!: ApiRateLimitCategoryEnum;
}

@Injectable()
export class GetApiRateLimitMaximum {
  constructor(
    private environmentRepository: EnvironmentRepository,
    private organizationRepository: CommunityOrganizationRepository,
    private getDefaultApiRateLimits: GetApiRateLimitServiceMaximumConfig
  ) {}

  async execute(command: GetApiRateLimitMaximumCommand): Promise<GetApiRateLimitMaximumDto> {
    return await this.getApiRateLimit({
      apiRateLimitCategory: command.apiRateLimitCategory,
      _environmentId: command.environmentId,
      _organizationId: command.organizationId,
    });
  }

  @memoize()
  private async getApiRateLimit(
    @cacheKey('apiRateLimitCategory', '_environmentId')
    command: {
      apiRateLimitCategory: ApiRateLimitCategoryEnum;
      _environmentId: string;
      _organizationId: string;
    }
  ): Promise<GetApiRateLimitMaximumDto> {
    const { apiRateLimitCategory, _environmentId, _organizationId } = command;
    const environment = await this.environmentRepository.findOne({ _id: _environmentId });

    if (!environment) {
      const message = `Environment id: ${_environmentId} not found`;
      logger.error(message, LOG_CONTEXT);
      throw new InternalServerErrorException(message);
    }

    let apiRateLimits: IApiRateLimitMaximum;
    let apiServiceLevel: ApiServiceLevel;
    if (environment.apiRateLimits) {
      apiServiceLevel = CUSTOM_API_SERVICE_LEVEL;
      apiRateLimits = environment.apiRateLimits;
    } else {
      const organization = await this.organizationRepository.findById(_organizationId);

      if (!organization) {
        const message = `Organization id: ${_organizationId} not found`;
        logger.error(message, LOG_CONTEXT);
        throw new InternalServerErrorException(message);
      }

      if (organization.apiServiceLevel) {
        apiServiceLevel = organization.apiServiceLevel;
      } else {
        // TODO: NV-3067 - Remove this once all organizations have a service level
        apiServiceLevel = ApiServiceLevelEnum.UNLIMITED;
      }
      apiRateLimits = this.getDefaultApiRateLimits.default[apiServiceLevel];
    }

    const apiRateLimit = apiRateLimits[apiRateLimitCategory];

    return [apiRateLimit, apiServiceLevel];
  }
}
