// Reads a file given on the command line, refusing one larger than its importer accepts before reading it.
import { promises as fs } from 'node:fs';
import { AppFailure } from '../shared/failure';

/** The file's bytes; FILE_NOT_FOUND when it cannot be read, IMPORT_TOO_LARGE (from its size alone) when over `maxBytes`. */
export async function readInputFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const stat = await fs.stat(path).catch(() => {
    throw new AppFailure('FILE_NOT_FOUND', `Cannot read ${path}.`, 'Check the path.');
  });
  if (!stat.isFile()) throw new AppFailure('FILE_NOT_FOUND', `${path} is not a file.`, 'Check the path.');
  if (stat.size > maxBytes) {
    throw new AppFailure(
      'IMPORT_TOO_LARGE',
      `${path} is ${stat.size} bytes; this import accepts at most ${maxBytes} bytes.`,
      'Split the file into parts and import them one by one.',
      { file: path, limit: 'maxBytes', value: stat.size },
    );
  }
  return new Uint8Array(await fs.readFile(path));
}
