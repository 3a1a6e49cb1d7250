// "Test connection" for the saved settings: ok with latency and models, or the error with its remedy.
import { useAppStore } from '../../stores/use-app-store';
import {
  selectConnectionTest,
  selectTestConnection,
  selectTestingConnection,
} from '../../stores/settings-selectors';

const MAX_MODELS_SHOWN = 8;

export function ConnectionTest() {
  const test = useAppStore(selectConnectionTest);
  const testing = useAppStore(selectTestingConnection);
  const testConnection = useAppStore(selectTestConnection);
  const models = test?.models ?? [];
  return (
    <div className="connection-test">
      <button type="button" onClick={() => void testConnection()} disabled={testing}>
        {testing ? 'Testing…' : 'Test connection'}
      </button>
      <div
        role="status"
        aria-label="Connection test result"
        className={`test-result ${test ? (test.ok ? 'ok' : 'failed') : ''}`}
      >
        {test?.ok && (
          <>
            <strong>Connected</strong> in {Math.round(test.latencyMs)} ms
            {models.length > 0 && (
              <span>
                {' '}
                · {models.length} model{models.length === 1 ? '' : 's'}:{' '}
                {models.slice(0, MAX_MODELS_SHOWN).join(', ')}
                {models.length > MAX_MODELS_SHOWN ? '…' : ''}
              </span>
            )}
          </>
        )}
        {test && !test.ok && (
          <>
            <strong>{test.error?.message ?? 'The connection failed.'}</strong>
            {test.error?.remedy && <p>{test.error.remedy}</p>}
          </>
        )}
      </div>
    </div>
  );
}
