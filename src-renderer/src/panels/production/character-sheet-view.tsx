// A character's one-page sheet in the app: portrait (card or generated image), profile, personality, goals, arc, relationships, scenes, wardrobe, casting.
import { useState } from 'react';
import { CharacterPortrait } from './character-portrait';
import type { CharacterSheet } from '../../contract';
import { useAppStore } from '../../stores/use-app-store';
import { useEntities } from '../use-project-data';
import { CharacterPicker } from './character-picker';
import { useProjectCall } from './use-project-call';
import { selectSelectedCharacterId } from '../../stores/ui-selectors';
import { selectImageEndpointKey } from '../../stores/settings-selectors';

function Section({ title, items, empty }: { title: string; items: string[]; empty: string }) {
  return (
    <section aria-label={title}>
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Sheet({ sheet }: { sheet: CharacterSheet }) {
  return (
    <article className="character-sheet" aria-label={`Character sheet of ${sheet.name}`}>
      <header className="sheet-header">
        <CharacterPortrait sheet={sheet} />
        <div>
          <h3>{sheet.name}</h3>
          <dl className="sheet-profile">
            {sheet.profile.map((p) => (
              <div key={p.label}>
                <dt>{p.label}</dt>
                <dd>{p.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      </header>
      <Section
        title="Personality"
        items={[
          ...(sheet.traits.length ? [`Traits: ${sheet.traits.join(', ')}`] : []),
          ...sheet.personality.map((p) => `${p.trait}: ${p.value.toFixed(2)}`),
        ]}
        empty="No personality yet."
      />
      <Section title="Goals" items={sheet.goals} empty="No goals yet." />
      <Section title="Arc" items={sheet.arc ? [sheet.arc] : []} empty="No arc yet." />
      <Section
        title="Relationships"
        items={sheet.relationships.map(
          (r) =>
            `${r.name} — ${r.kind}${r.label ? ` (${r.label})` : ''}; strength ${r.strength.toFixed(2)}, trust ${r.trust.toFixed(2)}`,
        )}
        empty="No relationships yet."
      />
      <Section
        title="Scenes"
        items={sheet.scenes.map((s) => `${s.number}. ${s.heading}`)}
        empty="In no scene yet."
      />
      <Section
        title="Wardrobe"
        items={sheet.wardrobe.map((w) => `${w.scene}: ${w.description}`)}
        empty="No wardrobe notes yet."
      />
      <Section
        title="Casting"
        items={sheet.casting.map(
          (c) =>
            `${c.chosen ? 'Cast: ' : c.shortlisted ? 'Shortlisted: ' : ''}${c.talent} — fit ${Math.round(c.score * 100)}%`,
        )}
        empty="No casting suggestions yet."
      />
    </article>
  );
}

export function CharacterSheetPanel() {
  const { characters } = useEntities();
  const selected = useAppStore(selectSelectedCharacterId);
  const [picked, setPicked] = useState<string | null>(null);
  const id = picked ?? selected ?? characters[0]?.id ?? null;
  // Setting an image endpoint enables "Generate portrait": the sheet is asked again when it changes.
  const imageKey = useAppStore(selectImageEndpointKey);
  const sheet = useProjectCall('character:sheet', id ? { characterId: id } : null, `${id ?? ''}:${imageKey}`);
  if (characters.length === 0) return <p className="empty">No characters yet.</p>;
  return (
    <div className="character-sheet-panel">
      <CharacterPicker
        characters={characters}
        value={id ?? ''}
        label="Character sheet of"
        onChange={setPicked}
      />
      {sheet ? <Sheet sheet={sheet} /> : <p className="empty">Loading the sheet…</p>}
    </div>
  );
}
