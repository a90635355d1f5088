// Reduced from @novu/dal: the job, workflow and subscriber entities and the repositories the
// worker use case is injected with.
export interface JobEntity {
  _id: string;
  identifier: string;
  transactionId: string;
  _templateId: string;
  _environmentId: string;
  _organizationId: string;
  _subscriberId: string;
  subscriberId: string;
  type?: 'in_app' | 'email' | 'sms' | 'chat' | 'push' | 'digest' | 'trigger' | 'delay' | 'custom';
  createdAt: string;
}

export interface NotificationStepEntity {
  _id?: string;
  stepId?: string;
  name?: string;
  active?: boolean;
}

export interface NotificationTemplateEntity {
  _id: string;
  _environmentId: string;
  name: string;
  critical: boolean;
  steps: NotificationStepEntity[];
}

export interface SubscriberEntity {
  _id: string;
  subscriberId: string;
  _environmentId: string;
  email?: string;
  locale?: string;
}

export abstract class NotificationTemplateRepository {
  abstract findById(id: string, environmentId: string): Promise<NotificationTemplateEntity | null>;
}

export abstract class SubscriberRepository {
  abstract findOne(query: { _environmentId: string; subscriberId: string }): Promise<SubscriberEntity | null>;
}

export class PlatformException extends Error {}
