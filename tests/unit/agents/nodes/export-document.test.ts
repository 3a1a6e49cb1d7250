// Which document a chat export request means: the named document first, the format word refines it.
import { describe, expect, it } from 'vitest';
import { exportTarget } from '../../../../src-main/agents/nodes/export-document';

describe('exportTarget', () => {
  it.each([
    ['export the shot list as CSV', 'csv', 'csv'],
    ['export the shotlist', undefined, 'csv'],
    ['export the storyboard as PDF', 'pdf', 'pdf'],
    ['export the script as a PDF', 'pdf', 'screenplay-pdf'],
    ['export the screenplay for Final Draft', 'fdx', 'fdx'],
    ['export the screenplay', undefined, 'fountain'],
    ['export the character bible', 'pdf', 'bible'],
    ['export the project', 'storyloom', 'storyloom'],
    ['export it', undefined, undefined],
  ] as const)('%s → %s', (text, format, expected) => {
    expect(exportTarget(text, format)).toBe(expected);
  });
});
