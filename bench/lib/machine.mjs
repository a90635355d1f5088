/** The machine a run was measured on: cores, memory, CPU model, Node. */
import * as fs from 'node:fs';
import * as os from 'node:os';

export function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpu = /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {}
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const memGiB = (os.totalmem() / 2 ** 30).toFixed(1);
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  return {
    cpu,
    cores,
    memGiB,
    node: process.version,
    load,
    summary: `${cores} cores (nproc), ${memGiB} GiB RAM, ${cpu}, Node ${process.version}, load average at the end ${load}`,
  };
}
