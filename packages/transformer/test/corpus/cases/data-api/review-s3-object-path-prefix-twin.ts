// origin: review probe: twin of s3-object-key-prefix-state with the object named by `Path` (no credential-like property)
// category: data-api
// decorators: tc39
// expect: KP91040|KP91046 prefix
// why: the prefix the service is switched to picks which object is read, so service state shapes the answer; S3's `Key` is an object name, not a credential (principle 2).
import { memoize } from 'keyproof';

interface ObjectStore {
  getObject(params: { Bucket: string; Path: string }): Promise<{ Body: string }>;
}

export class ReportArchive {
  private prefix = 'reports/v1';

  constructor(private readonly s3: ObjectStore) {}

  useLayout(version: string): void {
    this.prefix = `reports/${version}`;
  }

  @memoize({ version: 'archive-v1', ttl: '1d', cost: 0.0004 })
  async report(id: string): Promise<unknown> {
    const object = await this.s3.getObject({ Bucket: 'acme-reports', Path: `${this.prefix}/${id}.json` });
    return JSON.parse(object.Body);
  }
}
