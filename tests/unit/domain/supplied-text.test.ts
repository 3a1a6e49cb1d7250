// Recognising a pasted screenplay or chapter, and where the document starts in a message.
import { describe, expect, it } from 'vitest';
import { documentStart, suppliedDocumentKind } from '../../../src-main/domain/supplied-text';

const SCRIPT =
  'Title: Harbour Lights\nAuthor: Ana\n\nINT. HARBOUR OFFICE - NIGHT\n\nRain.\n\nMARA\nThe ferry is late.\n';

describe('suppliedDocumentKind', () => {
  it('reads a title page with one slugline, or two sluglines, as a screenplay', () => {
    expect(suppliedDocumentKind(SCRIPT)).toBe('screenplay');
    expect(suppliedDocumentKind('INT. A - DAY\n\nx\n\nEXT. B - NIGHT\n\ny')).toBe('screenplay');
    expect(suppliedDocumentKind('EXT. PIER - NIGHT\n\nMARA\n(quietly)\nThen we wait.')).toBe('screenplay');
  });

  it('reads a chapter heading with a page of prose as a chapter', () => {
    const prose = Array.from({ length: 12 }, () => 'Mara walked to the pier and waited for the ferry.').join(
      ' ',
    );
    expect(suppliedDocumentKind(`Chapter One\n\n${prose}`)).toBe('chapter');
  });

  it('leaves ordinary requests alone', () => {
    expect(suppliedDocumentKind('Set the title to Harbour Lights')).toBeUndefined();
    expect(suppliedDocumentKind('Create a scene INT. DINER - NIGHT with Sarah')).toBeUndefined();
    expect(suppliedDocumentKind('Chapter one should be about Mara')).toBeUndefined();
  });
});

describe('documentStart', () => {
  it('keeps a message that opens with its document whole', () => {
    expect(documentStart(SCRIPT)).toBe(0);
    expect(documentStart('INT. HARBOUR OFFICE - NIGHT\n\nRain.')).toBe(0);
    expect(documentStart('Chapter One\nMara woke.')).toBe(0);
  });

  it('skips a request line that introduces the document', () => {
    const text = 'Analyze this chapter: Mara woke.';
    expect(text.slice(documentStart(text))).toBe(' Mara woke.');
  });
});
