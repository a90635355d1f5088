// origin: shape of a video pipeline that fetches a prebuilt encoder manifest for the machine it runs on (never a verbatim copy)
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: the platform/arch target chooses the manifest and is read from the process, but the method states it with @cacheKey BUILD_TARGET, so a Mac and a Linux host never share an entry (principles 2 and 3).
import { memoize } from 'keyproof';

const REGISTRY_URL = 'https://encoders.example-media.dev/api';
const BUILD_TARGET = `${process.platform}-${process.arch}`;

export interface EncoderManifest {
  codec: string;
  version: string;
  downloadUrl: string;
  sha256: string;
  hardwareAccel: string[];
}

export class EncoderRegistry {
  /**
   * Manifest of the encoder build for this machine.
   * The manifest differs per operating system and CPU.
   * @cacheKey BUILD_TARGET
   */
  @memoize({ version: 'encoder-manifest-v1', ttl: '1d' })
  async manifest(codec: 'av1' | 'hevc' | 'h264', version: string): Promise<EncoderManifest> {
    const res = await fetch(`${REGISTRY_URL}/${codec}/${version}/${BUILD_TARGET}.json`);
    if (!res.ok) throw new Error(`no ${codec} ${version} build for ${BUILD_TARGET}`);
    const body = (await res.json()) as { version: string; url: string; sha256: string; accel?: string[] };
    return { codec, version: body.version, downloadUrl: body.url, sha256: body.sha256, hardwareAccel: [...(body.accel ?? [])] };
  }
}
