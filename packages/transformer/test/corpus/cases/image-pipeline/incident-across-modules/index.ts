// origin: the seed incident laid out as a real repository would have it: the memoised service in one module, the job wrapper generateForJob(svc, jobId, …) in another, the job id minted by the runner with randomUUID()
// category: image-pipeline
// decorators: legacy
// expect: KP91052|KP91020|KP91012 jobId
import { randomUUID } from 'node:crypto';
import { LogoService } from './logo-service';
import { generateForJob } from './jobs';

export async function runNightlyRefresh(svc: LogoService, businesses: readonly { name: string; colors: string[]; sourceHash: string }[]): Promise<string[]> {
  const paths: string[] = [];
  for (const b of businesses) {
    const jobId = randomUUID();
    paths.push(await generateForJob(svc, jobId, 'refresh', b.name, b.colors, b.sourceHash));
  }
  return paths;
}
