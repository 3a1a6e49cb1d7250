// Safe XML reader: structure, entities, CDATA, spans, and refusal of DOCTYPE and malformed input.
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../../src-main/shared/failure';
import { childElements, readXml, textContent } from '../../../../src-main/formats/screenplay/xml-reader';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof AppFailure ? error.code : 'OTHER';
  }
  return undefined;
}

describe('readXml', () => {
  it('reads elements, attributes, text, entities and CDATA', () => {
    const root = readXml(
      '\uFEFF<?xml version="1.0"?><!-- c --><a x="1 &amp; 2" y=\'&quot;q&quot;\'><b>&lt;hi&gt; &#65;&#x42;</b><c/><![CDATA[<raw & text>]]></a>',
    );
    expect(root.name).toBe('a');
    expect(root.attrs).toEqual({ x: '1 & 2', y: '"q"' });
    expect(childElements(root).map((e) => e.name)).toEqual(['b', 'c']);
    expect(textContent(root)).toBe('<hi> AB<raw & text>');
  });

  it('records element spans in the source', () => {
    const source = '<r>\n  <p>one</p>\n</r>';
    const [p] = childElements(readXml(source), 'p');
    expect(source.slice(p?.start, p?.end)).toBe('<p>one</p>');
  });

  it('keeps __proto__ as a plain attribute, never as a prototype', () => {
    const root = readXml('<a __proto__="x"/>');
    expect(root.attrs.__proto__).toBe('x');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses DOCTYPE (entity expansion attacks), unknown entities and bare ampersands', () => {
    expect(code(() => readXml('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'))).toBe('SCREENPLAY_XML_INVALID');
    expect(code(() => readXml('<a>&nbsp;</a>'))).toBe('SCREENPLAY_XML_INVALID');
    expect(code(() => readXml('<a>AT&T</a>'))).toBe('SCREENPLAY_XML_INVALID');
    expect(code(() => readXml('<a>&#0;</a>'))).toBe('SCREENPLAY_XML_INVALID');
  });

  it('refuses malformed structure', () => {
    for (const bad of [
      '<a><b></a>',
      '<a>',
      '<a></a><b/>',
      'text<a/>',
      '<a x=1/>',
      '<a x="1" x="2"/>',
      '',
      '<a><!-- open</a>',
    ]) {
      expect(
        code(() => readXml(bad)),
        bad,
      ).toBe('SCREENPLAY_XML_INVALID');
    }
  });

  it('refuses nesting deeper than 256', () => {
    expect(code(() => readXml(`${'<a>'.repeat(300)}${'</a>'.repeat(300)}`))).toBe('SCREENPLAY_XML_INVALID');
    expect(code(() => readXml(`${'<a>'.repeat(200)}${'</a>'.repeat(200)}`))).toBeUndefined();
  });

  it('reports line and column with a remedy', () => {
    try {
      readXml('<a>\n  <b></c>\n</a>');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppFailure);
      expect((error as AppFailure).details).toEqual({ line: 2, column: 6 });
      expect((error as AppFailure).remedy).toBeTruthy();
    }
  });
});
