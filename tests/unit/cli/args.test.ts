// Argument parsing: text that starts with a dash is still text, and an unknown option still fails.
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../src-main/cli/args';

describe('parseCliArgs', () => {
  it('takes an idea written as a list of dashed lines as the value of --idea', () => {
    const idea = '- a heist comedy\n- Valletta, 1971\n- Nell: a retired locksmith';
    expect(parseCliArgs(['new', '--idea', idea, '--json'])).toEqual({
      positionals: ['new'],
      options: { idea, json: true },
    });
  });

  it('takes a message that starts with a dash as a positional', () => {
    expect(parseCliArgs(['chat', 'film', '- add a character named Ana']).positionals).toEqual([
      'chat',
      'film',
      '- add a character named Ana',
    ]);
    expect(parseCliArgs(['new', '--idea', '-40 degrees in Yakutsk']).options.idea).toBe(
      '-40 degrees in Yakutsk',
    );
  });

  it('still refuses an unknown option, with the usage hint', () => {
    expect(() => parseCliArgs(['new', '--colour', 'red'])).toThrow(/Unknown option '--colour'/);
    expect(() => parseCliArgs(['new', '-x'])).toThrow(/Unknown option '-x'/);
  });
});
