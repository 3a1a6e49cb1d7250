// Limits for reading a .storyloom archive: an imported file is hostile until proven otherwise.

export const ARCHIVE_LIMITS = {
  /** The archive file itself (read into memory whole). */
  maxArchiveBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
  /** One entry, uncompressed (as declared in the central directory; memory is bounded by this). */
  maxEntryBytes: 128 * 1024 * 1024,
  /** All entries, uncompressed: a large project with its images stays far below; memory is bounded by this. */
  maxTotalBytes: 256 * 1024 * 1024,
  /**
   * Uncompressed/compressed ratio above which an entry larger than `ratioFloorBytes`, or the whole archive
   * once it expands past `ratioFloorBytes * 16`, is a zip bomb. Storyloom's JSON compresses ~5–30×.
   */
  maxCompressionRatio: 200,
  ratioFloorBytes: 64 * 1024,
  maxNameLength: 512,
} as const;

export type ArchiveLimits = { -readonly [K in keyof typeof ARCHIVE_LIMITS]: number };

export const ARCHIVE_FORMAT = 'storyloom';
export const ARCHIVE_FORMAT_VERSION = 1;
export const ASSET_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.gif'] as const;
