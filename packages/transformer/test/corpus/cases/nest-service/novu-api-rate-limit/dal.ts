// Reduced from @novu/dal: the repositories the use case is injected with, and the exception
// it throws (a local stand-in for @nestjs/common's InternalServerErrorException).
import { ApiServiceLevelEnum, IApiRateLimitMaximum } from './shared';

export interface EnvironmentEntity {
  _id: string;
  _organizationId: string;
  name: string;
  apiRateLimits?: IApiRateLimitMaximum;
}

export interface OrganizationEntity {
  _id: string;
  name: string;
  apiServiceLevel?: ApiServiceLevelEnum;
}

export abstract class EnvironmentRepository {
  abstract findOne(query: { _id: string }): Promise<EnvironmentEntity | null>;
}

export abstract class CommunityOrganizationRepository {
  abstract findById(id: string): Promise<OrganizationEntity | null>;
}

export class InternalServerErrorException extends Error {}
