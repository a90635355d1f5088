// origin: shape of a Nest search service whose doc comment promises results are shared across workspaces (your own writing)
// category: nest-service
// decorators: legacy
// expect: KP* workspaceId
// why: the docstring says the cache ignores the workspace, but `workspaceId` is a parameter and so in the key; the claim and the plan disagree
import { Injectable, Logger } from '@nestjs/common';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

@Injectable()
export class EmbeddingSearchService {
  private readonly logger = new Logger(EmbeddingSearchService.name);
  constructor(private readonly openai: OpenAI) {}

  /**
   * Embeds a search phrase. Embeddings depend on the text alone, so cached vectors are
   * shared by every workspace: the workspace is only used for the audit log line.
   */
  @memoize({ version: 'emb-3-small', ttl: '90d', cost: 0.00002 })
  async embed(workspaceId: string, phrase: string): Promise<number[]> {
    this.logger.log(`embedding for workspace ${workspaceId}`);
    const res = await this.openai.embeddings.create({ model: 'text-embedding-3-small', input: phrase });
    return res.data[0]?.embedding ?? [];
  }
}
