// origin: shape of a report-image step (issue 14's flow example: `jobId` → `label` → `name` of LogoService.generate) where a wrapper builds the caption from the job id
// category: image-pipeline
// decorators: legacy
// expect: KP91012 jobId
import { memoize } from 'keyproof';

interface ChartApi { render(title: string, series: number[]): Promise<Uint8Array> }

export class ChartService {
  constructor(private readonly charts: ChartApi) {}

  /** @excludeFromKey jobId unique per run */
  @memoize({ ttl: '7d' })
  async chart(jobId: string, title: string, series: number[]): Promise<Uint8Array> {
    return this.charts.render(title, series);
  }
}

export async function chartForJob(svc: ChartService, jobId: string, series: number[]): Promise<Uint8Array> {
  const label = `report ${jobId}`;
  return svc.chart(jobId, label, series);
}
