// Handlers of workflow:* — the stepper's view of the workflow, and moves that respect the guards.
import type { WorkflowView } from '../../src-preload/contract/dto';
import type { ProjectFile } from '../../src-preload/contract/project';
import type { EventHub } from '../events/event-hub';
import type { HandlerTable } from '../shared/handler-types';
import { nowIso } from '../shared/ids';
import type { ProjectRepository } from '../store/project-repository';
import { availableNextSteps } from './check';
import type { WorkflowConfig } from './config';
import { loadWorkflowConfig } from './config-file';
import { workflowSteps } from './steps-api';
import { moveTo } from './transitions';

/** The stepper's view: every step of the kind with its status and, when blocked, why. */
export function workflowView(file: ProjectFile, config?: WorkflowConfig): WorkflowView {
  const wf = file.project.workflow;
  const ahead = new Map(availableNextSteps(file, config).map((n) => [n.id, n]));
  const steps = workflowSteps(file.project.kind, config).map((step) => {
    const next = ahead.get(step.id);
    const status =
      step.id === wf.current
        ? 'current'
        : wf.completed.includes(step.id)
          ? 'done'
          : next?.check.ok === false
            ? 'blocked'
            : next
              ? 'available'
              : 'done';
    const blocked =
      next && !next.check.ok
        ? {
            code: next.check.code,
            step: next.check.blockedAt,
            reasons: next.check.reasons,
            remedies: next.check.remedies.map((r) => ({ label: r.label, command: r.command })),
          }
        : undefined;
    return {
      id: step.id,
      title: step.title,
      description: step.description,
      status,
      needsReview: wf.needsReview.includes(step.id),
      command: next?.command ?? `go back to ${step.title.toLowerCase()}`,
      ...(blocked ? { blocked } : {}),
    } as WorkflowView['steps'][number];
  });
  return { projectId: file.project.id, current: wf.current, steps, history: wf.history.slice(-50) };
}

type WorkflowHandlers = Pick<HandlerTable, 'workflow:get' | 'workflow:move'>;

/** What the workflow handlers need from the services (passed in from above: the room sits below them). */
export interface WorkflowHandlerDeps {
  projects: ProjectRepository;
  events: EventHub;
}

export function workflowHandlers({ projects, events }: WorkflowHandlerDeps): WorkflowHandlers {
  return {
    'workflow:get': async ({ projectId }) => {
      const session = await projects.open(projectId);
      return workflowView(session.file, loadWorkflowConfig(session.dir));
    },
    'workflow:move': async ({ projectId, step }) => {
      const session = await projects.open(projectId);
      const config = loadWorkflowConfig(session.dir);
      const result = moveTo(session.file, step, 'stepper', nowIso(), config);
      if (!result.ok) {
        return {
          moved: false,
          view: workflowView(session.file, config),
          blocked: {
            code: result.code,
            step: result.blockedAt,
            reasons: result.reasons,
            remedies: result.remedies.map((r) => ({ label: r.label, command: r.command })),
          },
        };
      }
      await session.updateMeta({ workflow: result.workflow }, `Workflow: ${step}`);
      events.emit('workflow:changed', { projectId: session.id, current: result.workflow.current });
      return { moved: true, view: workflowView(session.file, config) };
    },
  };
}
