// origin: shape of a NestJS signed-URL service building its options with Object.assign({}, defaults, overrides, { nonce }) before a memoised signing call
// category: nest-service
// decorators: legacy
// expect: KP91020 options
import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';

export interface SignOptions { expiresInSec: number; contentType?: string; nonce?: string }
interface Signer { sign(bucket: string, key: string, options: SignOptions): Promise<string> }

const DEFAULTS: SignOptions = { expiresInSec: 900 };

@Injectable()
export class DownloadLinks {
  constructor(private readonly signer: Signer) {}

  @memoize({ ttl: '10m' })
  async signed(bucket: string, objectKey: string, options: SignOptions): Promise<string> {
    return this.signer.sign(bucket, objectKey, options);
  }

  async link(bucket: string, objectKey: string, overrides: Partial<SignOptions> = {}): Promise<string> {
    const options = Object.assign({}, DEFAULTS, overrides, { nonce: randomBytes(8).toString('hex') });
    return this.signed(bucket, objectKey, options);
  }
}
