// origin: shape of a NestJS service that resolves prebuilt toolchain downloads for the current machine (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: KP91046 TARGET_TRIPLE
// why: the platform/arch triple is read from the running process at load and chooses which artifact the registry is asked for, yet nothing states it in the key: a cache shared by a Mac laptop and a Linux CI would hand out the wrong binary (principles 2 and 4).
import { Injectable, NotFoundException } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

const ARCH_NAMES: Record<string, string> = { x64: 'x86_64', arm64: 'aarch64' };
const OS_NAMES: Record<string, string> = { linux: 'unknown-linux-gnu', darwin: 'apple-darwin', win32: 'pc-windows-msvc' };

// e.g. "aarch64-apple-darwin"
const TARGET_TRIPLE = `${ARCH_NAMES[process.arch] ?? process.arch}-${OS_NAMES[process.platform] ?? process.platform}`;

export interface ArtifactRef {
  url: string;
  sha256: string;
  size: number;
}

@Injectable()
export class ToolchainResolver {
  constructor(private readonly http: HttpService) {}

  /** Look up the download for a toolchain release; the registry API is rate limited. */
  @memoize({ version: 'toolchain-v2', ttl: '30d' })
  async resolve(tool: string, release: string): Promise<ArtifactRef> {
    const res = await firstValueFrom(
      this.http.get<{ assets: { target: string; url: string; sha256: string; size: number }[] }>(
        `https://releases.example-tools.dev/api/${encodeURIComponent(tool)}/${encodeURIComponent(release)}`,
      ),
    );
    const asset = res.data.assets.find((a) => a.target === TARGET_TRIPLE);
    if (!asset) throw new NotFoundException(`${tool}@${release} has no build for ${TARGET_TRIPLE}`);
    return { url: asset.url, sha256: asset.sha256, size: asset.size };
  }
}
