// The open project's window: header, workflow stepper, entities | chat | graph, storyboard, production, tasks drawer.
import { ChatPanel } from '../panels/chat/chat-panel';
import { EntitiesPanel } from '../panels/entities/entities-panel';
import { GraphPanel } from '../panels/graph/graph-panel';
import { ProductionPanel } from '../panels/production/production-panel';
import { StoryboardPanel } from '../panels/storyboard/storyboard-panel';
import { TasksDrawer } from '../panels/tasks/tasks-drawer';
import { WorkflowStepper } from '../panels/workflow/workflow-stepper';
import { ProjectHeader } from './project-header';

export function ProjectWindow() {
  return (
    <div className="project-window">
      <ProjectHeader />
      <WorkflowStepper />
      <main className="workspace">
        <EntitiesPanel />
        <ChatPanel />
        <GraphPanel />
        <StoryboardPanel />
        <ProductionPanel />
      </main>
      <TasksDrawer />
    </div>
  );
}
