// Minimal, safe XML reader for Final Draft files: elements, attributes, text; no DTDs, no custom entities.
import { AppFailure } from '../../shared/failure';

/** An element with its attributes, children and span (`start` at `<`, `end` after `>`) in the source. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  start: number;
  end: number;
}

/** Element or text (entities decoded, CDATA included verbatim). */
export type XmlNode = XmlElement | string;

const NAME = /[A-Za-z_:][\w.:-]*/y;
const MAX_DEPTH = 256;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function fail(source: string, at: number, problem: string): never {
  const before = source.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  throw new AppFailure(
    'SCREENPLAY_XML_INVALID',
    `The Final Draft file is not valid XML: ${problem} (line ${line}, column ${column}).`,
    'Open the file in Final Draft and save it again as .fdx, or export the script as Fountain instead.',
    { line, column },
  );
}

/** Decodes the five predefined entities and numeric references; anything else is rejected. */
function decode(source: string, raw: string, at: number): string {
  return raw.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) fail(source, at, 'an "&" that does not start an entity');
    if (body in PREDEFINED) return PREDEFINED[body] ?? '';
    const numeric = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(body);
    const code = numeric ? parseInt(numeric[1] ?? numeric[2] ?? '', numeric[1] ? 16 : 10) : NaN;
    const legal =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff));
    if (!legal) fail(source, at, `the entity "&${body};" is not allowed`);
    return String.fromCodePoint(code);
  });
}

/** Skips comments and processing instructions at `at`; rejects DOCTYPE and other declarations. */
function skipMarkup(source: string, at: number): number {
  if (source.startsWith('<!--', at)) {
    const close = source.indexOf('-->', at + 4);
    if (close < 0) fail(source, at, 'an unclosed comment');
    return close + 3;
  }
  if (source.startsWith('<?', at)) {
    const close = source.indexOf('?>', at + 2);
    if (close < 0) fail(source, at, 'an unclosed processing instruction');
    return close + 2;
  }
  if (/^<!DOCTYPE/i.test(source.slice(at, at + 9)))
    fail(source, at, 'a DOCTYPE declaration (refused for safety)');
  return fail(source, at, 'an unsupported declaration');
}

function readName(source: string, at: number): string {
  NAME.lastIndex = at;
  const match = NAME.exec(source);
  if (!match) fail(source, at, 'a missing tag or attribute name');
  return match[0];
}

/** Parses a start tag at `at` (pointing to `<`); returns the element and whether it self-closed. */
function readStartTag(
  source: string,
  at: number,
): { element: XmlElement; next: number; selfClosed: boolean } {
  const name = readName(source, at + 1);
  const attrs = Object.create(null) as Record<string, string>;
  let i = at + 1 + name.length;
  for (;;) {
    const ws = /\s*/y;
    ws.lastIndex = i;
    ws.exec(source);
    const spaced = ws.lastIndex > i;
    i = ws.lastIndex;
    if (source.startsWith('/>', i))
      return { element: { name, attrs, children: [], start: at, end: i + 2 }, next: i + 2, selfClosed: true };
    if (source[i] === '>')
      return {
        element: { name, attrs, children: [], start: at, end: i + 1 },
        next: i + 1,
        selfClosed: false,
      };
    if (i >= source.length) fail(source, at, `an unclosed <${name}> tag`);
    if (!spaced) fail(source, i, `a malformed <${name}> tag`);
    const attr = readName(source, i);
    const eq = /\s*=\s*(["'])/y;
    eq.lastIndex = i + attr.length;
    const quote = eq.exec(source);
    if (!quote) fail(source, i, `attribute "${attr}" without a quoted value`);
    const valueStart = eq.lastIndex;
    const valueEnd = source.indexOf(quote[1] ?? '"', valueStart);
    if (valueEnd < 0) fail(source, valueStart, `an unclosed value for "${attr}"`);
    const value = source.slice(valueStart, valueEnd);
    if (value.includes('<')) fail(source, valueStart, `a "<" inside the value of "${attr}"`);
    if (attr in attrs) fail(source, i, `a duplicate attribute "${attr}"`);
    attrs[attr] = decode(source, value, valueStart);
    i = valueEnd + 1;
  }
}

/**
 * Parses an XML document and returns its root element. Throws `SCREENPLAY_XML_INVALID` on malformed
 * input, DOCTYPE, unknown entities, mismatched tags or nesting deeper than 256.
 */
export function readXml(source: string): XmlElement {
  let i = source.startsWith('\uFEFF') ? 1 : 0;
  let root: XmlElement | undefined;
  const stack: XmlElement[] = [];
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > i) {
      const raw = source.slice(i, textEnd);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(decode(source, raw, i));
      else if (raw.trim() !== '') fail(source, i, 'text outside the root element');
    }
    if (lt < 0) break;
    if (source.startsWith('<![CDATA[', lt)) {
      const close = source.indexOf(']]>', lt + 9);
      const parent = stack[stack.length - 1];
      if (close < 0 || !parent) fail(source, lt, 'a misplaced or unclosed CDATA section');
      parent.children.push(source.slice(lt + 9, close));
      i = close + 3;
    } else if (source.startsWith('</', lt)) {
      const name = readName(source, lt + 2);
      const close = source.indexOf('>', lt);
      const open = stack.pop();
      if (
        !open ||
        open.name !== name ||
        close < 0 ||
        source.slice(lt + 2 + name.length, close).trim() !== ''
      ) {
        fail(source, lt, `an unexpected closing tag </${name}>`);
      }
      open.end = close + 1;
      i = close + 1;
    } else if (source.startsWith('<!', lt) || source.startsWith('<?', lt)) {
      i = skipMarkup(source, lt);
    } else {
      if (root && stack.length === 0) fail(source, lt, 'a second root element');
      const { element, next, selfClosed } = readStartTag(source, lt);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else root = element;
      if (!selfClosed) {
        if (stack.length >= MAX_DEPTH) fail(source, lt, 'elements nested too deeply');
        stack.push(element);
      }
      i = next;
    }
  }
  if (stack.length > 0) fail(source, source.length, `an unclosed <${stack[stack.length - 1]?.name}> element`);
  if (!root) fail(source, 0, 'no root element');
  return root;
}

/** Child elements of `element`, optionally only those named `name`. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

/** Concatenated text of an element and its descendants. */
export function textContent(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}
