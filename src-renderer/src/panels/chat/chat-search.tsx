// History search: a search box over every conversation of the project, and its results (click → that conversation).
import { useState, type FormEvent } from 'react';
import { stripMarkers } from '../../lib/entity-markers';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../stores/use-app-store';
import {
  selectChatSearch,
  selectChatSearchActive,
  selectClearChatSearch,
  selectOpenSession,
  selectSearchChat,
} from '../../stores/chat-sessions-selectors';

export function ChatSearchBox() {
  const searchChat = useAppStore(selectSearchChat);
  const clear = useAppStore(selectClearChatSearch);
  const active = useAppStore(selectChatSearchActive);
  const [query, setQuery] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void searchChat(query);
  };
  return (
    <form role="search" aria-label="Search chat history" className="chat-search" onSubmit={submit}>
      <input
        type="search"
        aria-label="Search chat history"
        placeholder="Search history…"
        value={query}
        maxLength={500}
        onChange={(e) => {
          setQuery(e.target.value);
          if (e.target.value === '' && active) clear();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && active) {
            setQuery('');
            clear();
          }
        }}
      />
    </form>
  );
}

const WHO = { user: 'You', assistant: 'Storyloom', system: 'Notice' } as const;

export function ChatSearchResults() {
  const search = useAppStore(selectChatSearch);
  const openSession = useAppStore(selectOpenSession);
  const clear = useAppStore(selectClearChatSearch);
  if (!search) return null;
  return (
    <div className="search-results" aria-label="Search results" role="region">
      <div className="toolbar search-head">
        <span role="status">
          {search.searching
            ? `Searching for “${search.query}”…`
            : `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${search.query}”`}
        </span>
        <button type="button" onClick={clear}>
          Back to conversation
        </button>
      </div>
      <ul className="search-list">
        {search.results.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              className="search-hit"
              onClick={() => m.sessionId && void openSession(m.sessionId)}
            >
              <span className="muted">
                {WHO[m.role]} · {formatDate(m.at)}
              </span>
              <span className="search-snippet">{stripMarkers(m.content).slice(0, 240)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
