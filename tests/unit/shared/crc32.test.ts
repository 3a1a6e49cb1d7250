// CRC-32 matches the standard check value and zlib's own.
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src-main/shared/crc32';

describe('crc32', () => {
  it('gives the standard check value of "123456789" and of the empty input', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('agrees with zlib where Node has it', () => {
    const bytes = new Uint8Array(1000).map((_, i) => (i * 31) & 255);
    if (typeof zlibCrc32 === 'function') expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    else expect(crc32(bytes)).toBeGreaterThan(0);
  });
});
