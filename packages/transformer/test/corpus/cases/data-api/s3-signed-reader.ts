// origin: shape of a hand-rolled SigV4 object reader in a NestJS reporting service (never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: clean
// why: the access key id and secret only sign the request (credentials, principle 3) and the signing date only travels in a header; the object key that picks the answer is a parameter.
import { createHash, createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { memoize } from 'keyproof';

@Injectable()
export class ReportObjectReader {
  private readonly region = 'eu-west-1';
  private readonly accessKeyId: string;
  private readonly secretAccessKey: string;

  constructor(config: ConfigService) {
    this.accessKeyId = config.getOrThrow<string>('REPORTS_ACCESS_KEY_ID');
    this.secretAccessKey = config.getOrThrow<string>('REPORTS_SECRET_ACCESS_KEY');
  }

  /** Raw bytes of a finished report; reports are immutable once written. */
  @memoize({ version: 'report-object-v1', ttl: '7d', cost: 0.0004 })
  async readReport(bucket: string, objectKey: string): Promise<Uint8Array> {
    const host = `${bucket}.s3.${this.region}.amazonaws.com`;
    const path = '/' + objectKey.split('/').map(encodeURIComponent).join('/');
    const res = await fetch(`https://${host}${path}`, { headers: this.sign(host, path) });
    if (!res.ok) throw new Error(`s3 ${res.status} for ${objectKey}`);
    return new Uint8Array(await res.arrayBuffer());
  }

  private sign(host: string, path: string): Record<string, string> {
    const amzDate = new Date().toISOString().replace(/[:-]|\.\d{3}/g, '');
    const day = amzDate.slice(0, 8);
    const payloadHash = createHash('sha256').update('').digest('hex');
    const canonical = ['GET', path, '', `host:${host}`, `x-amz-date:${amzDate}`, '', 'host;x-amz-date', payloadHash].join('\n');
    const scope = `${day}/${this.region}/s3/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, createHash('sha256').update(canonical).digest('hex')].join('\n');
    let signingKey: Buffer = Buffer.from(`AWS4${this.secretAccessKey}`);
    for (const part of [day, this.region, 's3', 'aws4_request']) {
      signingKey = createHmac('sha256', signingKey).update(part).digest();
    }
    const signature = createHmac('sha256', signingKey).update(toSign).digest('hex');
    return {
      'x-amz-date': amzDate,
      'x-amz-content-sha256': payloadHash,
      Authorization: `AWS4-HMAC-SHA256 Credential=${this.accessKeyId}/${scope}, SignedHeaders=host;x-amz-date, Signature=${signature}`,
    };
  }
}
