// Reads a zip defensively: signature, entry count, names (zip slip), declared sizes and ratios, before inflating.
import { unzipSync } from 'fflate';
import { AppFailure } from '../../shared/failure';
import { ARCHIVE_LIMITS, type ArchiveLimits } from './archive-limits';

const reject = (message: string, details: Record<string, unknown>): never => {
  throw new AppFailure(
    'IMPORT_REJECTED',
    message,
    'Ask the sender to export the project again from Storyloom. Nothing was imported.',
    details,
  );
};

/** Returns why an entry name is unsafe to extract, or null when it is a plain relative path. */
export function unsafeEntryName(
  name: string,
  maxLength: number = ARCHIVE_LIMITS.maxNameLength,
): string | null {
  if (name.length === 0) return 'an empty name';
  if (name.length > maxLength) return `a name longer than ${maxLength} characters`;
  if (name.includes('\0')) return 'a NUL character';
  if (name.includes('\\')) return 'a backslash (Windows path separator)';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'an absolute path';
  if (name.split('/').some((part) => part === '..')) return 'a ".." path segment (zip slip)';
  return null;
}

/** A central-directory entry as fflate reports it to its filter. */
interface ZipEntryInfo {
  name: string;
  size: number;
  originalSize: number;
}

/** Checks entries one by one (count, name, declared size, ratio, running totals); refuses on the first excess. */
function entryChecker(limits: ArchiveLimits): (file: ZipEntryInfo) => void {
  let entries = 0;
  let total = 0;
  let compressed = 0;
  return (file) => {
    entries += 1;
    if (entries > limits.maxEntries) {
      reject(`The archive has more than ${limits.maxEntries} entries.`, {
        limit: 'maxEntries',
        value: entries,
      });
    }
    const unsafe = unsafeEntryName(file.name, limits.maxNameLength);
    if (unsafe)
      reject(`The entry "${file.name}" has ${unsafe}; it could write outside the project.`, {
        entry: file.name,
      });
    if (file.originalSize > limits.maxEntryBytes) {
      reject(
        `The entry "${file.name}" expands to ${file.originalSize} bytes; the limit is ${limits.maxEntryBytes}.`,
        { entry: file.name, limit: 'maxEntryBytes', value: file.originalSize },
      );
    }
    const ratio = file.originalSize / Math.max(1, file.size);
    if (file.originalSize > limits.ratioFloorBytes && ratio > limits.maxCompressionRatio) {
      reject(
        `The entry "${file.name}" expands ${Math.round(ratio)}× (${file.originalSize} bytes from ${file.size}); the limit is ${limits.maxCompressionRatio}× — a zip bomb.`,
        { entry: file.name, limit: 'maxCompressionRatio', value: ratio },
      );
    }
    total += file.originalSize;
    compressed += file.size;
    if (total > limits.maxTotalBytes) {
      reject(`The archive expands to more than ${limits.maxTotalBytes} bytes in all.`, {
        limit: 'maxTotalBytes',
        value: total,
      });
    }
    // Many small entries each under the floor must not add up to a bomb.
    const overall = total / Math.max(1, compressed);
    if (total > limits.ratioFloorBytes * 16 && overall > limits.maxCompressionRatio) {
      reject(
        `The archive expands ${Math.round(overall)}× in all (${total} bytes from ${compressed} by entry ${entries}); the limit is ${limits.maxCompressionRatio}× — a zip bomb.`,
        { entry: file.name, limit: 'maxCompressionRatio', value: overall },
      );
    }
  };
}

/**
 * Unzips `bytes` into a name → content map, refusing anything outside the limits. Memory stays bounded:
 * every entry of the central directory is checked first, without inflating anything (so a bomb is refused
 * before it costs memory); then fflate inflates each entry into a buffer of its declared size (an entry
 * that lies about its size is cut at the declared size and then fails its sha256 check).
 */
export function safeUnzip(
  bytes: Uint8Array,
  limits: ArchiveLimits = { ...ARCHIVE_LIMITS },
): Map<string, Uint8Array> {
  if (bytes.length > limits.maxArchiveBytes) {
    reject(`The file is ${bytes.length} bytes; the limit is ${limits.maxArchiveBytes}.`, {
      limit: 'maxArchiveBytes',
      value: bytes.length,
    });
  }
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    reject('This is not a Storyloom archive: it is not a zip file (no zip signature at the start).', {
      problem: 'not-zip',
    });
  }
  let files: Record<string, Uint8Array>;
  try {
    const check = entryChecker(limits);
    // Pass 1: the whole directory, nothing inflated.
    unzipSync(bytes, {
      filter(file) {
        check(file);
        return false;
      },
    });
    files = unzipSync(bytes, { filter: (file) => !file.name.endsWith('/') });
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    reject(`The archive is damaged or truncated and cannot be read (${(error as Error).message}).`, {
      problem: 'corrupt-zip',
    });
  }
  return new Map(Object.entries(files!));
}
