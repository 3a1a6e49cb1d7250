// The portrait on a character sheet: the generated image (or the drawn card), its status, and "Generate portrait".
import { useEffect, useState } from 'react';
import type { CharacterSheet } from '../../contract';
import { portraitView } from '../../lib/portrait-view';
import { selectInvokeOnProject } from '../../stores/production-selectors';
import { selectAssetUrl, selectLoadAsset } from '../../stores/storyboard-selectors';
import { useAppStore } from '../../stores/use-app-store';

/** The generated image once loaded from the project's assets/; the card until then (and if it cannot load). */
function Picture({ sheet, assetId }: { sheet: CharacterSheet; assetId: string | undefined }) {
  const url = useAppStore(selectAssetUrl(assetId ?? ''));
  const loadAsset = useAppStore(selectLoadAsset);
  useEffect(() => {
    if (assetId && !url) void loadAsset(assetId);
  }, [assetId, url, loadAsset]);
  if (assetId && url)
    return (
      <img src={url} alt={`Portrait of ${sheet.name}`} width={120} height={150} className="portrait-image" />
    );
  // The card is our own SVG (no scripts, no links): shown as an image, which the CSP allows as a data: URL.
  const card = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sheet.portraitSvg)}`;
  return <img src={card} alt={`Portrait card of ${sheet.name}`} width={120} height={150} />;
}

export function CharacterPortrait({ sheet }: { sheet: CharacterSheet }) {
  const invoke = useAppStore(selectInvokeOnProject);
  const [asking, setAsking] = useState(false);
  const view = portraitView(sheet);
  const reasonId = `portrait-reason-${sheet.characterId}`;
  const generate = async () => {
    setAsking(true);
    await invoke('character:portrait', { characterId: sheet.characterId });
    setAsking(false);
  };
  return (
    <figure className="sheet-portrait" aria-label={`Portrait of ${sheet.name}`}>
      <Picture sheet={sheet} assetId={view.assetId} />
      <figcaption>
        <p className={`portrait-status ${view.tone}`} role="status" aria-label="Portrait status">
          {view.status}
        </p>
        {view.remedy && <p className="muted hint">{view.remedy}</p>}
        <button
          type="button"
          disabled={!view.button.enabled || asking}
          aria-describedby={view.button.reason ? reasonId : undefined}
          onClick={() => void generate()}
        >
          {view.button.label}
        </button>
        {view.button.reason && (
          <p id={reasonId} className="muted hint">
            {view.button.reason}
          </p>
        )}
      </figcaption>
    </figure>
  );
}
