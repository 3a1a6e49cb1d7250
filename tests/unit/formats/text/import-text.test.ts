// Text imports are sniffed before any parse: size, binary content, encodings (BOM, UTF-16), line length, NFC.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkText, decodeImportText, TEXT_LIMITS } from '../../../../src-main/formats/text/import-text';
import { AppFailure } from '../../../../src-main/shared/failure';

const PROSE = 'Zoë walked to the harbour with Peter. “We should go,” she said.\nPeter nodded.\n';

function failureOf(run: () => unknown): AppFailure {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    return error as AppFailure;
  }
  throw new Error('expected a refusal');
}

const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array(le);
};

describe('encodings (issue 8, finding 4: UTF-16 was decoded as UTF-8 without warning)', () => {
  it('decodes UTF-8 with and without a BOM', () => {
    expect(decodeImportText(new Uint8Array(Buffer.from(PROSE)), 'a.txt').text).toBe(PROSE);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PROSE)]);
    expect(decodeImportText(new Uint8Array(bom), 'a.txt').text).toBe(PROSE);
  });
  it('decodes UTF-16 LE and BE by their BOM, and UTF-16 LE/BE without one by its NUL pattern', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PROSE, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16be(PROSE))]);
    expect(decodeImportText(new Uint8Array(le), 'a.txt').text).toBe(PROSE);
    expect(decodeImportText(new Uint8Array(be), 'a.txt').text).toBe(PROSE);
    expect(decodeImportText(new Uint8Array(Buffer.from(PROSE, 'utf16le')), 'a.txt').text).toBe(PROSE);
    expect(decodeImportText(utf16be(PROSE), 'a.txt').text).toBe(PROSE);
  });
  it('refuses text that is not valid UTF-8 (e.g. Windows-1252) with a specific code', () => {
    const latin1 = new Uint8Array(Buffer.from('Zo\xeb walked home.\n', 'latin1'));
    const failure = failureOf(() => decodeImportText(latin1, 'old.txt'));
    expect(failure.code).toBe('IMPORT_BAD_ENCODING');
    expect(failure.remedy).toMatch(/UTF-8/);
  });
  it('returns NFC: a decomposed "é" becomes one code point', () => {
    const decomposed = 'Zoe\u0301 met Rene\u0301.\n';
    expect(decodeImportText(new Uint8Array(Buffer.from(decomposed)), 'a.md').text).toBe('Zoé met René.\n');
    expect(checkText(decomposed, 'chat:1', 'prose')).toBe('Zoé met René.\n');
  });
});

describe('binary content (issue 8, finding 4: 5 MB of random bytes was accepted as a screenplay)', () => {
  it('refuses random bytes as not text', () => {
    const failure = failureOf(() =>
      decodeImportText(new Uint8Array(randomBytes(64 * 1024)), 'noise.fountain'),
    );
    expect(['IMPORT_NOT_TEXT', 'IMPORT_BAD_ENCODING']).toContain(failure.code);
  });
  it('refuses a NUL byte, naming its offset', () => {
    const bytes = new Uint8Array(Buffer.from('INT. HOUSE - DAY\n\0\0\0\n'));
    const failure = failureOf(() => decodeImportText(bytes, 'x.fountain'));
    expect(failure.code).toBe('IMPORT_NOT_TEXT');
    expect(failure.message).toMatch(/NUL byte at offset 17/);
  });
  it('refuses valid UTF-8 full of control characters, naming the line; strips a few stray ones', () => {
    const controls = `Title\nAnna\n${'\u0001\u0002\u0003\u0004'.repeat(10)}\n`;
    const failure = failureOf(() => checkText(controls, 'paste', 'prose'));
    expect(failure.code).toBe('IMPORT_NOT_TEXT');
    expect(failure.details?.line).toBe(3);
    expect(checkText('Anna\u001a went home.\n', 'old.txt', 'prose')).toBe('Anna went home.\n');
  });
});

describe('size and line limits (issue 8, finding 4: a 5 MB one-line .fountain peaked at 774 MB)', () => {
  it('refuses a 5 MB single-line .fountain by size and a 30 MB .txt by size, before decoding', () => {
    const line = new Uint8Array(5_000_000).fill(0x78);
    expect(failureOf(() => decodeImportText(line, 'line.fountain')).code).toBe('IMPORT_TOO_LARGE');
    const big = new Uint8Array(30_000_000).fill(0x61);
    expect(failureOf(() => decodeImportText(big, 'big.txt')).details).toMatchObject({
      limit: 'maxBytes',
      value: 30_000_000,
    });
  });
  it('refuses an over-long line, naming it', () => {
    const text = `INT. HOUSE - DAY\n\n${'x'.repeat(TEXT_LIMITS.maxLineChars.fountain + 1)}\n`;
    const failure = failureOf(() => decodeImportText(new Uint8Array(Buffer.from(text)), 'a.fountain'));
    expect(failure.code).toBe('IMPORT_LINE_TOO_LONG');
    expect(failure.message).toMatch(/^Line 3 of a\.fountain/);
  });
  it('gives a .txt that holds a screenplay the screenplay limits', () => {
    const scene = 'INT. HOUSE - DAY\n\nAnna waits.\n\n';
    const text = scene.repeat(Math.ceil((TEXT_LIMITS.maxBytes.fountain + 1) / scene.length));
    const failure = failureOf(() => decodeImportText(new Uint8Array(Buffer.from(text)), 'script.txt'));
    expect(failure.code).toBe('IMPORT_TOO_LARGE');
    expect(failure.message).toMatch(/screenplay import/);
  });
});
