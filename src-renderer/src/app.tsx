// Root component: error boundary, alert region, the settings dialog, and the home screen or the open project's window.
import { ConnectionBanner } from './components/connection-banner';
import { ErrorBoundary } from './components/error-boundary';
import { Notices } from './components/notices';
import { SettingsDialog } from './panels/settings/settings-dialog';
import { HomeScreen } from './screens/home-screen';
import { ProjectWindow } from './screens/project-window';
import { useAppStore } from './stores/use-app-store';

function Screen() {
  const hasProject = useAppStore((s) => s.snapshot !== null);
  return hasProject ? <ProjectWindow /> : <HomeScreen />;
}

function Settings() {
  const open = useAppStore((s) => s.settingsOpen);
  return open ? <SettingsDialog /> : null;
}

export function App() {
  return (
    <ErrorBoundary>
      <ConnectionBanner />
      <Screen />
      <Settings />
      <Notices />
    </ErrorBoundary>
  );
}
