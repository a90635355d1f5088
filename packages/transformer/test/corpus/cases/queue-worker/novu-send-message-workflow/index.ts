// origin: novuhq/novu@74a2e9a6a295cd5a17aa9806914b4574fecce737 apps/worker/src/app/workflow/usecases/send-message/send-message.usecase.ts:286-491 (SendMessage, the worker use case run per queued job: workflow and subscriber lookups behind @CachedEntity, keyed by environment and id)
// category: queue-worker
// decorators: legacy
// expect: clean
// proof: apps/worker/src/app/workflow/usecases/send-message/send-message.usecase.ts:446 `builder: (command: { _id: string; environmentId: string }) =>`
//
// The job being processed carries per-run identity (`job._id`, `transactionId`, `createdAt`);
// the memoised lookups receive only the template id, environment id and subscriber id taken
// from it, and read nothing else but the injected repositories. Each builder keys on both
// properties of its argument: ported as the same allow-lists.
// Reduction: the rest of the use case (filters, digest, bridge, instrumentation, the global
// preference branch) is left out; the named destructured parameters become `command`.
import { Injectable } from '@nestjs/common';
import { cacheKey, memoize } from 'keyproof';

import {
  JobEntity,
  NotificationTemplateRepository,
  PlatformException,
  SubscriberRepository,
} from './dal';

export class SendMessageCommand {
  environmentId!: string;
  organizationId!: string;
  userId!: string;
  job!: JobEntity;
}

@Injectable()
export class SendMessage {
  constructor(
    private notificationTemplateRepository: NotificationTemplateRepository,
    private subscriberRepository: SubscriberRepository
  ) {}

  private async evaluateChannelPreference(command: SendMessageCommand): Promise<boolean> {
    const { job } = command;

    const workflow = await this.getWorkflow({
      _id: job._templateId,
      environmentId: job._environmentId,
    });

    /*
     * The `critical` flag check is needed here for backward-compatibility of V1 Workflow Preferences only.
     * V2 Workflow Preferences are stored on the Preference entity instead.
     */
    if (workflow?.critical || this.isActionStep(job)) {
      return true;
    }

    const subscriber = await this.getSubscriberBySubscriberId({
      _environmentId: job._environmentId,
      subscriberId: job.subscriberId,
    });
    if (!subscriber) throw new PlatformException(`Subscriber not found with id ${job._subscriberId}`);

    return true;
  }

  private isActionStep(job: JobEntity) {
    const channels = ['in_app', 'email', 'sms', 'push', 'chat'];

    return !channels.find((channel) => channel === job.type);
  }

  @memoize()
  private async getWorkflow(
    @cacheKey('_id', 'environmentId') command: { _id: string; environmentId: string }
  ) {
    const { _id, environmentId } = command;
    return await this.notificationTemplateRepository.findById(_id, environmentId);
  }

  @memoize()
  public async getSubscriberBySubscriberId(
    @cacheKey('subscriberId', '_environmentId')
    command: {
      subscriberId: string;
      _environmentId: string;
    }
  ) {
    const { subscriberId, _environmentId } = command;
    return await this.subscriberRepository.findOne({
      _environmentId,
      subscriberId,
    });
  }
}
