/**
 * The seed's bug, deliberately: the docstring says the job ID is not in the key, and the
 * annotation agrees, but the job ID still reaches the key twice. The build must refuse it:
 *   tspc -p tsconfig.wrong.json   →   error TS91010 and error TS91012, non-zero exit.
 * Never imported by the app; built only by the demo to show the rejection.
 */
import { memoize } from 'keyproof';
import type { ImageApiClient } from '../src/image-api-client.js';
import type { Mode } from '../src/logo-request.js';

export class WrongLogoService {
  constructor(private readonly api: ImageApiClient) {}

  async generateForJob(jobId: string, mode: Mode, businessName: string, source: Uint8Array): Promise<Uint8Array> {
    // wrong: the job ID is passed into `style`, a key position
    return this.generate(jobId, mode, businessName, `house style for ${jobId}`, source);
  }

  /**
   * Generate a logo. The cache key does not include the job ID: results are shared across jobs.
   * @excludeFromKey jobId unique per run
   * @excludeFromKey sourceBytes identity already captured by the other fields
   */
  @memoize({ id: 'WrongLogoService.generate', version: 'gen-v3', cost: 0.04 })
  async generate(
    jobId: string,
    mode: Mode,
    businessName: string,
    style: string,
    sourceBytes: Uint8Array,
    // wrong: a key parameter whose default reads the excluded job ID
    outputName: string = `${jobId}.png`,
  ): Promise<Uint8Array> {
    return this.api.generate({ jobId, mode, businessName, style, colors: [outputName], source: sourceBytes });
  }
}
