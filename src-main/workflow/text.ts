// Small wording helpers so every guard message reads the same way (counts, plurals, short lists).

/** "1 character", "3 characters". */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "2 of 5 scenes have" / "1 of 5 scenes has" / "1 of 1 scene has". */
export const partOf = (n: number, total: number, one: string, many = `${one}s`): string =>
  `${n} of ${total} ${total === 1 ? one : many} ${n === 1 ? 'has' : 'have'}`;

/** "a", "a and b", "a, b and c", "a, b, c and 4 more". */
export function listOf(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** Whether an optional text field holds something other than whitespace. */
export const filled = (value: string | undefined): boolean => (value ?? '').trim().length > 0;

/** "create a character" / "create 3 characters" — a chat command for `n` new entities. */
export const createCommand = (n: number, one: string, many = `${one}s`): string =>
  n <= 1 ? `create a ${one}` : `create ${n} ${many}`;

/** Upper-cases the first letter (labels are commands shown as buttons). */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
