// Casting panel: the roster (add by hand, import CSV), and per character the ranked talents, shortlist and decision.
import { useState } from 'react';
import type { CastingOption, Character } from '../../contract';
import { useAppStore } from '../../stores/use-app-store';
import { useEntities, useWritable } from '../use-project-data';
import { CharacterPicker } from './character-picker';
import { RosterImport } from './roster-import';
import { TalentForm } from './talent-form';
import { useProjectCall } from './use-project-call';
import { selectInvokeOnProject } from '../../stores/production-selectors';

function Roster() {
  const { talents } = useEntities();
  const writable = useWritable();
  const [adding, setAdding] = useState(false);
  return (
    <div className="casting-roster">
      <h3>
        Roster <span className="muted">{talents.length}</span>
      </h3>
      <div className="toolbar">
        <button type="button" onClick={() => setAdding(true)} disabled={!writable || adding}>
          Add talent
        </button>
        <RosterImport disabled={!writable} />
      </div>
      {adding ? <TalentForm onDone={() => setAdding(false)} /> : null}
      {talents.length === 0 ? (
        <p className="empty">No talents yet: add them by hand or import a CSV roster.</p>
      ) : (
        <ul aria-label="Talent roster" className="roster-list">
          {talents.map((t) => (
            <li key={t.id}>
              <strong>{t.name}</strong>{' '}
              <span className="muted">
                plays {t.ageMin === t.ageMax ? t.ageMin : `${t.ageMin}-${t.ageMax}`}
                {t.gender && t.gender !== 'unspecified' ? ` · ${t.gender}` : ''}
                {t.skills.length ? ` · ${t.skills.join(', ')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function OptionRow({ option, character }: { option: CastingOption; character: Character }) {
  const invoke = useAppStore(selectInvokeOnProject);
  const writable = useWritable();
  const base = { characterId: character.id, talentId: option.talentId };
  return (
    <li aria-label={option.name} className={option.chosen ? 'casting-option chosen' : 'casting-option'}>
      <div className="casting-option-line">
        <strong>{option.name}</strong>
        <span className="muted">plays {option.playingAge}</span>
        <span className="casting-score">{Math.round(option.score * 100)}%</span>
        {option.chosen ? (
          <span className="badge">Cast</span>
        ) : option.shortlisted ? (
          <span className="badge">Shortlisted</span>
        ) : null}
      </div>
      <p className="muted casting-reasons">{option.reasons.join('; ')}</p>
      <div className="toolbar">
        <button
          type="button"
          disabled={!writable}
          aria-pressed={option.shortlisted}
          onClick={() => void invoke('casting:shortlist', { ...base, shortlisted: !option.shortlisted })}
        >
          {option.shortlisted ? 'Remove from shortlist' : 'Shortlist'}
        </button>
        <button
          type="button"
          className={option.chosen ? undefined : 'primary'}
          disabled={!writable}
          onClick={() =>
            void invoke('casting:decide', {
              characterId: character.id,
              talentId: option.chosen ? null : option.talentId,
            })
          }
        >
          {option.chosen ? 'Reopen the part' : `Cast as ${character.name}`}
        </button>
      </div>
    </li>
  );
}

function CharacterCasting({ character }: { character: Character }) {
  const options = useProjectCall('casting:options', { characterId: character.id }, character.id);
  if (!options) return <p className="empty">Ranking the roster…</p>;
  const chosen = options.find((o) => o.chosen);
  const shortlist = options.filter((o) => o.shortlisted);
  return (
    <div className="casting-character">
      <p aria-label={`Decision for ${character.name}`}>
        Decision: <strong>{chosen ? chosen.name : 'not cast yet'}</strong>
      </p>
      <p aria-label={`Shortlist for ${character.name}`} className="muted">
        Shortlist: {shortlist.length ? shortlist.map((o) => o.name).join(', ') : 'empty'}
      </p>
      {options.length === 0 ? (
        <p className="empty">The roster is empty.</p>
      ) : (
        <ol aria-label={`Suggestions for ${character.name}`} className="casting-options">
          {options.map((o) => (
            <OptionRow key={o.talentId} option={o} character={character} />
          ))}
        </ol>
      )}
    </div>
  );
}

export function CastingPanel() {
  const { characters } = useEntities();
  const [chosenId, setChosenId] = useState<string>('');
  const character = characters.find((c) => c.id === chosenId) ?? characters[0];
  return (
    <div className="casting-panel">
      <Roster />
      <div className="casting-parts">
        <CharacterPicker
          characters={characters}
          value={character?.id ?? ''}
          label="Character to cast"
          onChange={setChosenId}
        />
        {character ? (
          <CharacterCasting character={character} />
        ) : (
          <p className="empty">No characters to cast yet.</p>
        )}
      </div>
    </div>
  );
}
