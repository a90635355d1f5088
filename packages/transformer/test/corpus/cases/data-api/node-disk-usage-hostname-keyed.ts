// origin: shape of a node-exporter client that reports on the machine it runs on and declares the host name part of the key
// category: data-api
// decorators: legacy
// expect: clean
// key: this.host
// why: the host name is what the answer is about and is confirmed with @cacheKey on the field that holds it.
import { hostname } from 'node:os';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { cacheKey, memoize } from 'keyproof';

export interface DiskUsage {
  mount: string;
  totalBytes: number;
  usedBytes: number;
}

const EXPORTER_URL = 'http://metrics.internal.example.com:9100';

export class NodeDiskClient {
  /** This machine: the disk figures are about it, so each host has its own entries. */
  @cacheKey
  private readonly host = hostname();

  constructor(private readonly http: HttpService) {}

  @memoize({ version: 'node-disk-v1', ttl: '5m' })
  async diskUsage(mount: string): Promise<DiskUsage> {
    const { data } = await firstValueFrom(
      this.http.get<DiskUsage>(`${EXPORTER_URL}/hosts/${encodeURIComponent(this.host)}/disk`, { params: { mount } }),
    );
    return data;
  }
}
