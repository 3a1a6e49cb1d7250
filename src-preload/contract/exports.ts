// Export formats a project can be written to (DESIGN.md §2 `storyloom export`, the `project:export` channel).
import { z } from 'zod';

/**
 * `pdf` is the storyboard, `screenplay-pdf` the script in standard layout, `csv` the shot list and
 * `bible` the character bible PDF; `storyloom` is the whole-project archive.
 */
export const PROJECT_EXPORT_FORMATS = [
  'storyloom',
  'fountain',
  'fdx',
  'screenplay-pdf',
  'pdf',
  'csv',
  'bible',
] as const;
export const ProjectExportFormatSchema = z.enum(PROJECT_EXPORT_FORMATS);
export type ProjectExportFormat = z.infer<typeof ProjectExportFormatSchema>;

/** Panels per storyboard page the PDF layout supports. */
export const StoryboardPanelsSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(6),
  z.literal(8),
  z.literal(9),
  z.literal(12),
]);
