// origin: novuhq/novu@74a2e9a6a295cd5a17aa9806914b4574fecce737 apps/api/src/app/subscribers/usecases/get-subscriber/get-subscriber.usecase.ts:8-37 (GetSubscriber: the subscriber lookup behind @CachedEntity, keyed by environment and subscriber id)
// category: nest-service
// decorators: legacy
// expect: clean
// proof: apps/api/src/app/subscribers/usecases/get-subscriber/get-subscriber.usecase.ts:22 `builder: (command: { subscriberId: string; _environmentId: string }) =>`
//
// The builder keys on both properties of the lookup's only argument, and the body reads
// exactly those two and the injected repository: ported as the same allow-list.
// Reduction: the named destructured parameter becomes `command` (destructured on the first
// line); the command's class-validator decorators are left out.
import { Injectable, NotFoundException } from '@nestjs/common';
import { cacheKey, memoize } from 'keyproof';

import { SubscriberEntity, SubscriberRepository } from './dal';

export class GetSubscriberCommand {
  environmentId!: string;
  organizationId!: string;
  userId!: string;
  subscriberId!: string;
}

@Injectable()
export class GetSubscriber {
  constructor(private subscriberRepository: SubscriberRepository) {}

  async execute(command: GetSubscriberCommand): Promise<SubscriberEntity> {
    const { environmentId, subscriberId } = command;
    const subscriber = await this.fetchSubscriber({ _environmentId: environmentId, subscriberId });
    if (!subscriber) {
      throw new NotFoundException(`Subscriber not found for id ${subscriberId}`);
    }

    return subscriber;
  }

  @memoize()
  private async fetchSubscriber(
    @cacheKey('subscriberId', '_environmentId')
    command: {
      subscriberId: string;
      _environmentId: string;
    }
  ): Promise<SubscriberEntity | null> {
    const { subscriberId, _environmentId } = command;
    return await this.subscriberRepository.findBySubscriberId(_environmentId, subscriberId);
  }
}
