// origin: shape of a NestJS tenant settings service: entries tagged by tenant and by a constant scope, invalidated by the admin controller
// category: nest-service
// decorators: legacy
// expect: clean
// why: every tag part is a key field or a constant, and every invalidated tag is declared with the same number of parts
import { Injectable, Controller, Post, Param } from '@nestjs/common';
import { memoize, tag, invalidateTag, invalidateMethod } from 'keyproof';

const SCOPE = 'public';

export interface TenantSettings {
  tenantId: string;
  locale: string;
  features: string[];
}

interface SettingsStore {
  load(tenantId: string, scope: string): Promise<TenantSettings>;
}

@Injectable()
export class TenantSettingsService {
  constructor(private readonly store: SettingsStore) {}

  @memoize({
    id: 'settings.forTenant',
    ttl: '1h',
    tags: ({ tenantId }) => [tag('tenant', tenantId), tag('settings', SCOPE, tenantId)],
  })
  async forTenant(tenantId: string): Promise<TenantSettings> {
    const s = await this.store.load(tenantId, SCOPE);
    return { tenantId: s.tenantId, locale: s.locale, features: [...s.features] };
  }
}

@Controller('admin/tenants')
export class TenantAdminController {
  @Post(':id/flush')
  async flush(@Param('id') id: string): Promise<void> {
    await invalidateTag(tag('tenant', id));
    await invalidateTag(tag('settings', SCOPE, id));
  }

  @Post('flush-all')
  async flushAll(): Promise<void> {
    await invalidateMethod('settings.forTenant');
  }
}
