// Root component: error boundary, alert region, the settings and restore dialogs, and the home screen or the project window.
import { ConnectionBanner } from './components/connection-banner';
import { ErrorBoundary } from './components/error-boundary';
import { Notices } from './components/notices';
import { SettingsDialog } from './panels/settings/settings-dialog';
import { HomeScreen } from './screens/home-screen';
import { ProjectWindow } from './screens/project-window';
import { RestoreDialog } from './screens/restore-dialog';
import { useAppStore } from './stores/use-app-store';
import { selectHasProject } from './stores/project-selectors';
import { selectRestoreProjectId } from './stores/restore-selectors';
import { selectSettingsOpen } from './stores/settings-selectors';

function Screen() {
  const hasProject = useAppStore(selectHasProject);
  return hasProject ? <ProjectWindow /> : <HomeScreen />;
}

function Settings() {
  const open = useAppStore(selectSettingsOpen);
  return open ? <SettingsDialog /> : null;
}

/** Mounted per offer, so a second damaged project starts with a fresh dialog. */
function Restore() {
  const projectId = useAppStore(selectRestoreProjectId);
  return projectId ? <RestoreDialog key={projectId} /> : null;
}

export function App() {
  return (
    <ErrorBoundary>
      <ConnectionBanner />
      <Screen />
      <Settings />
      <Restore />
      <Notices />
    </ErrorBoundary>
  );
}
