// origin: shape of a BullMQ dataset-export worker that fills in a sequence number from a module counter when the job did not carry one (own writing)
// category: queue-worker
// decorators: tc39
// expect: KP* sequence|fallbackSeq
// why: whenever `job.data.sequence` is absent, `job.data.sequence ?? fallbackSeq++` yields the module-level counter's value, new on every job, and it is passed as the keyed parameter `sequence`.
import { Worker } from 'bullmq';
import { memoize } from 'keyproof';

type ExportFormat = 'csv' | 'parquet';

interface ExportJob {
  datasetId: string;
  format: ExportFormat;
  sequence?: number;
}

export interface ExportResult {
  objectKey: string;
  rows: number;
}

interface ExportStore {
  writeExport(datasetId: string, format: ExportFormat, sequence: number): Promise<{ key: string; rowCount: number }>;
}

let fallbackSeq = 0;

export class DatasetExporter {
  constructor(private readonly store: ExportStore) {}

  @memoize({ version: 'export-v4', ttl: '1d', cost: 0.03 })
  async renderExport(datasetId: string, format: ExportFormat, sequence: number): Promise<ExportResult> {
    const written = await this.store.writeExport(datasetId, format, sequence);
    return { objectKey: written.key, rows: written.rowCount };
  }
}

export function startExportWorker(exporter: DatasetExporter): Worker<ExportJob, ExportResult> {
  return new Worker<ExportJob, ExportResult>('dataset-exports', async (job) =>
    exporter.renderExport(job.data.datasetId, job.data.format, job.data.sequence ?? fallbackSeq++),
  );
}
