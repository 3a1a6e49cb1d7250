// Shows when the web-mode connection to the host is down (Electron IPC never is), so failures are not a mystery.
import { useAppStore } from '../stores/use-app-store';
import { selectTransport } from '../stores/app-selectors';

export function ConnectionBanner() {
  const transport = useAppStore(selectTransport);
  if (transport === 'open') return null;
  const text =
    transport === 'connecting' ? 'Connecting to Storyloom…' : 'Not connected to Storyloom. Retrying…';
  return (
    <div className={`connection ${transport}`} role="status" aria-label="Connection">
      {text}
    </div>
  );
}
