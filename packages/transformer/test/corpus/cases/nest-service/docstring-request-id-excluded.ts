// origin: shape of a NestJS fraud-score client that passes a request id for logging, excluded with a reason
// category: nest-service
// decorators: tc39
// expect: clean
// why: the docstring says the request id is not part of the key and @excludeFromKey agrees; the id only reaches the logger
import { Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

const SCORE_URL = 'https://risk.example.com/v1/score';

export interface RiskScore {
  score: number;
  reasons: string[];
}

@Injectable()
export class RiskScoreService {
  private readonly logger = new Logger('RiskScore');

  constructor(private readonly http: HttpService) {}

  /**
   * Scores an email + card BIN pair. The request id is not part of the key:
   * it only correlates our log lines.
   * @excludeFromKey requestId correlation id for logs, unique per request
   */
  @memoize({ version: 'v3', ttl: '1d', cost: 0.02 })
  async score(requestId: string, email: string, bin: string): Promise<RiskScore> {
    this.logger.log(`risk score requested`, { requestId });
    const res = await firstValueFrom(
      this.http.post<RiskScore>(SCORE_URL, { email: email.toLowerCase(), bin }),
    );
    this.logger.debug(`risk score done`, { requestId, score: res.data.score });
    return { score: res.data.score, reasons: [...res.data.reasons] };
  }
}
