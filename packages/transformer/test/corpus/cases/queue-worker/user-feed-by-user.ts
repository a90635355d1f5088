// origin: shape of a BullMQ "build feed" worker: the user's id is what the feed is about (deliberately in the key), the job id and attempt only logged
// category: queue-worker
// decorators: legacy
// expect: clean
import type { Job } from 'bullmq';
import { memoize } from 'keyproof';

export interface FeedItem { postId: string; score: number }
interface Graph { following(userId: string): Promise<string[]>; recentPosts(authorIds: string[], limit: number): Promise<{ id: string; likes: number; ageHours: number }[]> }

export class FeedBuilder {
  constructor(private readonly graph: Graph) {}

  @memoize({ ttl: '5m' })
  async feed(userId: string, limit = 50): Promise<FeedItem[]> {
    const authors = await this.graph.following(userId);
    const posts = await this.graph.recentPosts(authors, limit * 2);
    return posts.map((p) => ({ postId: p.id, score: p.likes / (1 + p.ageHours) })).sort((a, b) => b.score - a.score).slice(0, limit);
  }
}

export async function buildFeed(builder: FeedBuilder, job: Job<{ userId: string }>): Promise<number> {
  await job.log(`job ${job.id} attempt ${job.attemptsMade} for ${job.data.userId}`);
  const items = await builder.feed(job.data.userId);
  return items.length;
}
