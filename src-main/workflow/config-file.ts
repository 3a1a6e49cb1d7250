// Loads a project's optional workflow.config.json (customised steps per kind), validated, with a clear error.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../shared/failure';
import { parseWorkflowConfig, type WorkflowConfig } from './config';

export const WORKFLOW_CONFIG_FILE = 'workflow.config.json';

/** The project's workflow configuration, or undefined when it has none. Throws WORKFLOW_CONFIG_INVALID when it is bad. */
export function loadWorkflowConfig(projectDir: string): WorkflowConfig | undefined {
  const path = join(projectDir, WORKFLOW_CONFIG_FILE);
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AppFailure(
      'WORKFLOW_CONFIG_INVALID',
      `${WORKFLOW_CONFIG_FILE} is not valid JSON: ${(error as Error).message}.`,
      `Fix or remove ${path}.`,
      { file: path },
    );
  }
  const parsed = parseWorkflowConfig(raw);
  if (!parsed.ok)
    throw new AppFailure(
      parsed.error.code,
      `${WORKFLOW_CONFIG_FILE}: ${parsed.error.message}`,
      parsed.error.remedy ?? `Fix or remove ${path}.`,
      { file: path },
    );
  return parsed.config;
}
