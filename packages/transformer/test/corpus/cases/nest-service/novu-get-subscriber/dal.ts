// Reduced from @novu/dal: the subscriber entity and repository the use case is injected with.
export interface SubscriberEntity {
  _id: string;
  subscriberId: string;
  _environmentId: string;
  _organizationId: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  locale?: string;
  data?: Record<string, string | number | boolean | null>;
  createdAt: string;
  updatedAt: string;
}

export abstract class SubscriberRepository {
  abstract findBySubscriberId(environmentId: string, subscriberId: string): Promise<SubscriberEntity | null>;
}
