// origin: shape of a NestJS feature-flag module: its service declares tags by tenant and flag for the apps that embed it; nothing in this package invalidates them
// category: nest-service
// decorators: legacy
// expect: clean
// why: tags nothing in the program invalidates are an offer to other programs (and to `keyproof clear --tag`): no finding
import { Injectable } from '@nestjs/common';
import { memoize, tag } from 'keyproof';

const FLAGS_NAMESPACE = 'flags';

export interface FlagValue {
  flag: string;
  enabled: boolean;
  variant: string | null;
}

interface FlagsBackend {
  evaluate(tenantId: string, flag: string): Promise<FlagValue>;
}

@Injectable()
export class FeatureFlagsService {
  constructor(private readonly backend: FlagsBackend) {}

  @memoize({
    id: 'flags.evaluate',
    ttl: '30s',
    tags: ({ tenantId, flag }) => [tag('tenant', tenantId), tag('flag', FLAGS_NAMESPACE, String(flag).toLowerCase())],
  })
  async evaluate(tenantId: string, flag: string): Promise<FlagValue> {
    const v = await this.backend.evaluate(tenantId, flag);
    return { flag: v.flag, enabled: v.enabled, variant: v.variant };
  }
}
