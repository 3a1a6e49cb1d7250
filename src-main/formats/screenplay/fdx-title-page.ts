// Final Draft title page ↔ Fountain-style `Key: value` entries (FDX stores only centred paragraphs).

const KEY_PARAGRAPH = /^([\p{L}][\p{L}\p{N} _'-]{0,40}):\s*(.*)$/u;

/** Standard Fountain title keys: only these may open the page, so a title like "Alien: Covenant" stays a title. */
const OPENING_KEYS = new Set([
  'title',
  'credit',
  'author',
  'authors',
  'source',
  'draft date',
  'date',
  'contact',
  'copyright',
  'notes',
  'revision',
]);

/**
 * Reads title-page paragraphs. Groups are separated by empty paragraphs. The first group is the
 * title unless written as `Title: …`; `Key: value` groups become entries (later paragraphs of the
 * group continue the value); "Written by" / "by" becomes `Credit` and the next group `Author`;
 * anything else is collected under `Notes`.
 */
export function readFdxTitlePage(paragraphs: readonly string[]): Record<string, string> {
  const groups: string[][] = [];
  let group: string[] = [];
  for (const text of paragraphs) {
    if (text.trim() === '') {
      if (group.length > 0) groups.push(group);
      group = [];
    } else group.push(text.trim());
  }
  if (group.length > 0) groups.push(group);

  const entries: Record<string, string> = {};
  const append = (key: string, value: string): void => {
    entries[key] = entries[key] !== undefined && entries[key] !== '' ? `${entries[key]}\n${value}` : value;
  };
  let expectAuthor = false;
  groups.forEach((lines, index) => {
    const [first = '', ...rest] = lines;
    const keyed = KEY_PARAGRAPH.exec(first);
    if (keyed && (index > 0 || OPENING_KEYS.has((keyed[1] ?? '').trim().toLowerCase()))) {
      const key = (keyed[1] ?? '').trim();
      const inline = keyed[2] ?? '';
      entries[key] = inline === '' ? rest.join('\n') : [inline, ...rest].join('\n');
    } else if (index === 0) entries.Title = lines.join('\n');
    else if (/^(written\s+)?by$/i.test(first) && rest.length === 0) {
      entries.Credit = first;
      expectAuthor = true;
      return;
    } else if (expectAuthor) entries.Author = lines.join('\n');
    else append('Notes', lines.join('\n'));
    expectAuthor = false;
  });
  return entries;
}

/** Renders entries as title-page paragraphs (empty strings separate groups); inverse of the reader. */
export function writeFdxTitlePage(entries: Record<string, string>): string[] {
  const paragraphs: string[] = [];
  const title = entries.Title;
  if (title !== undefined) paragraphs.push(...title.split('\n'), '');
  for (const [key, value] of Object.entries(entries)) {
    if (key === 'Title') continue;
    const [first = '', ...rest] = value.split('\n');
    paragraphs.push(`${key}: ${first}`.trimEnd(), ...rest, '');
  }
  if (paragraphs[paragraphs.length - 1] === '') paragraphs.pop();
  return paragraphs;
}
