// Data transfer types returned by handlers (plain JSON, safe to send over any transport).
import type { ProjectKind } from './entities';
import type { ChangeOp, ProjectFile } from './project';

/** A row of the home screen's project list. */
export interface ProjectSummary {
  id: string;
  name: string;
  kind: ProjectKind;
  path: string;
  updatedAt: string;
  counts: { characters: number; locations: number; scenes: number; shots: number };
}

/** What the project window needs to show an opened project. */
export interface ProjectSnapshot {
  summary: ProjectSummary;
  file: ProjectFile;
  /** Revision counter: increases with every change applied in this session. */
  revision: number;
  readOnly: boolean;
  /** Why the project opened read-only (another instance holds the lock). */
  readOnlyReason?: string;
  canUndo: boolean;
  canRedo: boolean;
}

export interface AppInfo {
  name: string;
  version: string;
  transport: 'electron' | 'web' | 'cli';
  dataDir: string;
  platform: string;
}

export interface ExportedFile {
  fileName: string;
  /** Base64 of the file bytes (the renderer turns it into a download). */
  base64: string;
  bytes: number;
}

export interface ChangeSummary {
  changeId: string;
  label: string;
  revision: number;
  ops: ChangeOp[];
  canUndo: boolean;
  canRedo: boolean;
}

export interface BackupInfo {
  file: string;
  at: string;
  bytes: number;
}
