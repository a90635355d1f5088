import { writeFile } from 'node:fs/promises';
import type { LogoService, Mode } from './logo-service';

export async function generateForJob(svc: LogoService, jobId: string, mode: Mode, name: string, colors: string[], sourceHash: string): Promise<string> {
  const logo = await svc.generate(jobId, mode, name, colors, sourceHash);
  const out = `/srv/jobs/${jobId}/logo.png`;
  await writeFile(out, logo.png);
  return out;
}
