// Root component: error boundary, alert region, and the home screen or the open project's window.
import { ConnectionBanner } from './components/connection-banner';
import { ErrorBoundary } from './components/error-boundary';
import { Notices } from './components/notices';
import { HomeScreen } from './screens/home-screen';
import { ProjectWindow } from './screens/project-window';
import { useAppStore } from './stores/use-app-store';

function Screen() {
  const hasProject = useAppStore((s) => s.snapshot !== null);
  return hasProject ? <ProjectWindow /> : <HomeScreen />;
}

export function App() {
  return (
    <ErrorBoundary>
      <ConnectionBanner />
      <Screen />
      <Notices />
    </ErrorBoundary>
  );
}
