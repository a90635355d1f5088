// origin: shape of an Express home-feed route calling two memoised feed methods with the signed-in user's id: trending excludes it (quota accounting only), following is keyed on it; the same identifier, excluded in one call and a key in the other
// category: express-handler
// decorators: tc39
// expect: clean
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface FeedItem { id: string; title: string; score: number }
interface Posts {
  trending(region: string, limit: number): Promise<FeedItem[]>;
  fromAuthorsFollowedBy(userId: string, page: number): Promise<FeedItem[]>;
}
interface Quota { charge(userId: string, units: number): void }
type AuthedRequest = Request & { user: { id: string } };

export class FeedService {
  constructor(private readonly posts: Posts, private readonly quota: Quota) {}

  /**
   * Trending posts of a region: the same for every user.
   * @excludeFromKey userId quota accounting only
   */
  @memoize({ ttl: '5m' })
  async trending(userId: string, region: string): Promise<FeedItem[]> {
    this.quota.charge(userId, 1);
    return this.posts.trending(region, 20);
  }

  @memoize({ ttl: '5m' })
  async following(userId: string, page = 1): Promise<FeedItem[]> {
    return this.posts.fromAuthorsFollowedBy(userId, page);
  }
}

export function homeRoute(feed: FeedService) {
  return async (req: AuthedRequest, res: Response): Promise<void> => {
    const userId = req.user.id;
    const region = String(req.query['region'] ?? 'eu');
    const [trending, following] = await Promise.all([feed.trending(userId, region), feed.following(userId)]);
    res.json({ trending, following });
  };
}
