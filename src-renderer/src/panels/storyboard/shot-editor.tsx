// Edits a shot from its storyboard card: choices save at once (the frame redraws), text on Enter or leaving the field.
import { useRef, type ChangeEvent } from 'react';
import type { Shot } from '../../contract';
import { readFileAsBase64 } from '../../lib/files';
import { useAppStore } from '../../stores/use-app-store';
import { ShotFieldInput } from './shot-field-input';
import { SHOT_FIELDS } from './shot-fields';
import { selectReplaceFrame, selectSaveShot } from '../../stores/storyboard-selectors';

/** The shot's panel without its image (null when nothing else is left), to go back to the drawn sketch. */
function withoutImage(shot: Shot): Shot['panel'] | null {
  const { assetId: _assetId, ...rest } = shot.panel ?? {};
  return Object.keys(rest).length > 0 ? rest : null;
}

/** The card's edit form: shot fields, and replacing the frame with an image (or going back to the sketch). */
export function ShotEditor({ shot, name, onClose }: { shot: Shot; name: string; onClose: () => void }) {
  const replaceFrame = useAppStore(selectReplaceFrame);
  const saveShot = useAppStore(selectSaveShot);
  const fileInput = useRef<HTMLInputElement>(null);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) await replaceFrame(shot.id, file.name, await readFileAsBase64(file));
  };

  return (
    <div className="shot-editor" role="group" aria-label={`Edit shot ${name}`}>
      {SHOT_FIELDS.map((field) => (
        <ShotFieldInput key={field.key} shot={shot} field={field} name={name} />
      ))}
      <div className="shot-editor-actions">
        <button type="button" onClick={() => fileInput.current?.click()}>
          Replace frame…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp"
          aria-label={`Frame image for shot ${name}`}
          hidden
          onChange={(e) => void onFile(e)}
        />
        {shot.panel?.assetId && (
          <button type="button" onClick={() => void saveShot(shot.id, { panel: withoutImage(shot) })}>
            Use the sketch
          </button>
        )}
        <button type="button" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
