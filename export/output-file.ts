import { once } from 'node:events';
import { createWriteStream, renameSync, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';

/**
 * A UTF-8 file written chunk by chunk, waiting whenever the disk falls behind.
 * It is written as `PATH.partial` and takes its name only when closed, so an
 * export that fails half-way never leaves a file that looks complete.
 */
export class OutputFile {
  private readonly stream: WriteStream;
  private failure: Error | null = null;

  constructor(readonly path: string) {
    this.stream = createWriteStream(`${path}.partial`);
    this.stream.on('error', (error) => {
      this.failure = error;
    });
  }

  async write(chunk: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    this.stream.end();
    await finished(this.stream);
    renameSync(`${this.path}.partial`, this.path);
  }
}
