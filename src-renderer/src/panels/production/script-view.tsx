// Script view: the project as a screenplay (Courier, standard indents) from the export mapper; paragraphs edit in place.
import { useState } from 'react';
import type { ScriptElementView, ScriptSceneView } from '../../contract';
import { FilePickButton } from '../../components/file-pick-button';
import { readFileAsBase64 } from '../../lib/files';
import { useAppStore } from '../../stores/use-app-store';
import { useEntities, useWritable } from '../use-project-data';
import { EditableLine } from './editable-line';
import { useProjectCall } from './use-project-call';
import { selectUpdateEntity } from '../../stores/project-selectors';
import { selectNotify } from '../../stores/app-selectors';
import { selectInvokeOnProject } from '../../stores/production-selectors';

function ReimportButton() {
  const invoke = useAppStore(selectInvokeOnProject);
  const notify = useAppStore(selectNotify);
  const [busy, setBusy] = useState(false);
  const pick = async (file: File) => {
    setBusy(true);
    try {
      const report = await invoke('project:reimport', {
        fileName: file.name,
        base64: await readFileAsBase64(file),
      });
      if (!report) return;
      const kept = report.keptEdits.length ? `, ${report.keptEdits.length} kept as you edited them` : '';
      const missing = report.missing.length
        ? `, ${report.missing.length} no longer in the script (kept)`
        : '';
      notify(
        `Re-imported ${file.name}: ${report.updated.length} scenes updated, ${report.added.length} added, ${report.unchanged} unchanged${kept}${missing}; ${report.shotsKept} shots kept.`,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <FilePickButton
      accept=".fountain,.fdx,.txt"
      inputLabel="Re-import changed script"
      disabled={busy}
      onFile={(file) => pick(file)}
    >
      {busy ? 'Re-importing…' : 'Re-import script'}
    </FilePickButton>
  );
}

function SceneBlock({ scene, writable }: { scene: ScriptSceneView; writable: boolean }) {
  const entities = useEntities();
  const updateEntity = useAppStore(selectUpdateEntity);
  const saveElement = (index: number, text: string) => {
    const current = entities.scenes.find((s) => s.id === scene.sceneId);
    if (!current) return Promise.resolve(false);
    const elements = current.elements.map((e, i) => (i === index ? { ...e, text } : e));
    return updateEntity('scene', scene.sceneId, { elements });
  };
  return (
    <section className="script-scene" aria-label={`Scene ${scene.number}`}>
      <div className="script-heading-row">
        <span className="script-number">{scene.number}</span>
        <EditableLine
          className="script-heading"
          label={`heading of scene ${scene.number}`}
          text={scene.heading}
          editable={writable && scene.sceneId !== ''}
          onSave={(heading) => updateEntity('scene', scene.sceneId, { heading })}
        />
      </div>
      {scene.elements.map((e: ScriptElementView, i) => {
        // A cue is written once per speech: a parenthetical and its line share the cue above them.
        const cue =
          e.character && (e.type === 'dialogue' || e.type === 'parenthetical') ? e.character : undefined;
        const prev = scene.elements[i - 1];
        // A line after its parenthetical, or a parenthetical inside a speech, continues the speech above.
        const continues =
          prev?.character === cue && (prev?.type === 'parenthetical' || e.type === 'parenthetical');
        const showCue = cue !== undefined && !continues;
        const text = e.type === 'parenthetical' ? `(${e.text.replace(/^\(|\)$/g, '')})` : e.text;
        return (
          <div key={`${e.index ?? 's'}-${i}`}>
            {showCue ? <p className="script-cue">{cue}</p> : null}
            <EditableLine
              className={`script-${e.type}`}
              label={`${e.type}${cue ? ` of ${cue}` : ''}`}
              text={text}
              editable={writable && e.index !== undefined}
              onSave={(next) =>
                saveElement(e.index!, e.type === 'parenthetical' ? next.replace(/^\(|\)$/g, '') : next)
              }
            />
          </div>
        );
      })}
    </section>
  );
}

export function ScriptViewPanel() {
  const writable = useWritable();
  const doc = useProjectCall('script:get', {}, 'script');
  return (
    <div className="script-view">
      <div className="production-toolbar">
        <span className="muted">
          Click a heading or a line to edit it; Enter saves, Escape cancels, Undo takes it back.
        </span>
        {writable ? <ReimportButton /> : null}
      </div>
      {!doc ? (
        <p className="empty">Loading the script…</p>
      ) : doc.scenes.length === 0 ? (
        <p className="empty">
          No scenes yet. The scene breakdown (or an imported script) writes the screenplay.
        </p>
      ) : (
        <article className="script-page" aria-label="Screenplay">
          <h3 className="script-title">{doc.title}</h3>
          {doc.scenes.map((scene) => (
            <SceneBlock key={scene.sceneId || scene.number} scene={scene} writable={writable} />
          ))}
        </article>
      )}
    </div>
  );
}
