// The value type each channel answers with (inside a Result envelope).
import type { Channel } from './channels';
import type { AnyEntity } from './entities';
import type { ChatMessage } from './chat';
import type {
  AppInfo,
  BackupInfo,
  BlockedInfo,
  ChangeSummary,
  ChatSessionSummary,
  ChatTurnResult,
  ExportedFile,
  ProjectSnapshot,
  ProjectSummary,
  ShotListRow,
  WorkflowView,
  RunView,
  QueueTaskView,
  SettingsDto,
  ConnectionTestDto,
} from './dto';
import type { ParsedMessage } from './intent';
import type {
  CastingOption,
  CharacterSheet,
  ReimportReport,
  RosterImportResult,
  RosterPreview,
  ScriptView,
} from './production';

export interface ResponseMap {
  'app:info': AppInfo;
  'project:list': ProjectSummary[];
  'project:create': ProjectSummary;
  'project:open': ProjectSnapshot;
  'project:close': { closed: boolean };
  'project:rename': ProjectSummary;
  'project:duplicate': ProjectSummary;
  'project:delete': { deleted: boolean; movedTo: string };
  'project:export': ExportedFile;
  /** `understood` says how the file was read ("a Fountain screenplay: 3 characters, …"). */
  'project:import': ProjectSummary & { remappedIds: number; understood?: string };
  'project:openDemo': ProjectSummary;
  'project:backups': BackupInfo[];
  'project:restoreBackup': ProjectSnapshot;
  'project:updateSettings': { reviewGate: boolean; budgetUsd?: number };
  'entity:create': { entity: AnyEntity; change: ChangeSummary };
  'entity:update': { entity: AnyEntity; change: ChangeSummary };
  'entity:delete': { change: ChangeSummary };
  'shot:list': ShotListRow[];
  /** `change` is null when the order was already so (nothing to save). */
  'shot:reorder': { change: ChangeSummary | null };
  'shot:renumber': { change: ChangeSummary | null };
  'scene:reorder': { change: ChangeSummary | null };
  'asset:put': { assetId: string; mime: string; bytes: number };
  'asset:get': { assetId: string; mime: string; base64: string };
  'history:undo': { change: ChangeSummary | null };
  'history:redo': { change: ChangeSummary | null };
  'chat:send': ChatTurnResult;
  'chat:sessions': ChatSessionSummary[];
  'chat:history': ChatMessage[];
  'chat:search': ChatMessage[];
  'chat:parse': ParsedMessage;
  'agent:cancel': { cancelled: boolean };
  'agent:runs': RunView[];
  'agent:resume': { runId: string };
  /** `requested` is false when no scene was playing (it had already ended): nothing was asked. */
  'simulation:interrupt': { requested: boolean };
  'queue:list': QueueTaskView[];
  'queue:cancel': { cancelled: boolean };
  'queue:retry': { queued: boolean };
  'workflow:get': WorkflowView;
  'workflow:move': { moved: boolean; view: WorkflowView; blocked?: BlockedInfo };
  'settings:get': SettingsDto;
  'settings:update': SettingsDto;
  'settings:setApiKey': SettingsDto;
  'settings:testConnection': ConnectionTestDto;
  'script:get': ScriptView;
  'casting:options': CastingOption[];
  'casting:shortlist': { change: ChangeSummary };
  'casting:decide': { change: ChangeSummary };
  'talent:previewCsv': RosterPreview;
  'talent:importCsv': RosterImportResult & { change: ChangeSummary };
  'character:sheet': CharacterSheet;
  'character:portrait': { taskId: string };
  'project:reimport': ReimportReport & { change: ChangeSummary | null };
}

export type ResponseOf<C extends Channel> = ResponseMap[C];
// Compile-time check that every channel has a response type.
type _EveryChannelAnswered = Channel extends keyof ResponseMap ? true : never;
export const everyChannelAnswered: _EveryChannelAnswered = true;
