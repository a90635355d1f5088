// origin: shape of a sitemap-crawl worker class whose worker name field is marked @notKey and used only in log lines
// category: queue-worker
// decorators: tc39
// expect: clean
// why: the @notKey field only reaches the logger; the crawler is a service and the robots user agent a constant
import type { Job } from 'bullmq';
import { memoize, notKey } from 'keyproof';

const USER_AGENT = 'acme-sitemap-bot/2.0';

interface Crawler {
  sitemapUrls(domain: string, userAgent: string): Promise<string[]>;
}

interface Log {
  info(msg: string): void;
}

export class SitemapWorker {
  @notKey('identifies the process for logs, not the answer') readonly workerName: string;

  constructor(private readonly crawler: Crawler, private readonly log: Log, workerName: string) {
    this.workerName = workerName;
  }

  @memoize({ version: 'v1', ttl: '1d', cost: 0.002 })
  async sitemap(domain: string): Promise<string[]> {
    this.log.info(`[${this.workerName}] crawling sitemap for ${domain}`);
    const urls = await this.crawler.sitemapUrls(domain.toLowerCase(), USER_AGENT);
    return [...new Set(urls)].sort();
  }

  process = async (job: Job<{ domain: string }>) => this.sitemap(job.data.domain);
}
