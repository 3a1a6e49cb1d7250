// Renderer entry: creates the bridge and the store, wires IPC events once (outside React), then renders the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createBridge } from './bridge';
import { createAppStore } from './stores/store';
import { installStore } from './stores/use-app-store';
import { wireEvents } from './stores/wire-events';
import './styles.css';

const bridge = createBridge();
const store = createAppStore(bridge.api);
installStore(store);
wireEvents(bridge.api, store, bridge.onStatus);
void store.getState().loadInfo();
void store.getState().loadProjects();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
