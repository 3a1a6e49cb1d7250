// Step descriptors for the UI and the chat: the ordered steps of a kind after the configuration.
import type { ProjectKind } from '../../src-preload/contract/entities';
import type { WorkflowConfig } from './config';
import { resolveWorkflow } from './resolve';
import type { StepDescriptor } from './types';

/** Ordered steps of a kind (after `config`): id, title, description and the guards that gate each. */
export function workflowSteps(kind: ProjectKind, config?: WorkflowConfig): StepDescriptor[] {
  return resolveWorkflow(kind, config).steps;
}
