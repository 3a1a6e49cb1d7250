// AppFailure: the one error type thrown inside main; the IPC boundary turns it into a Result error.
import type { AppError } from '../../src-preload/contract/result';

export class AppFailure extends Error {
  readonly code: string;
  readonly remedy?: string;
  readonly details?: Record<string, unknown>;

  constructor(code: string, message: string, remedy?: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppFailure';
    this.code = code;
    if (remedy !== undefined) this.remedy = remedy;
    if (details !== undefined) this.details = details;
  }

  toAppError(): AppError {
    return {
      code: this.code,
      message: this.message,
      ...(this.remedy ? { remedy: this.remedy } : {}),
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

/** Converts anything thrown into an AppError; unknown errors become INTERNAL with their message. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppFailure) return error.toAppError();
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: 'INTERNAL',
    message: `Something went wrong inside Storyloom: ${message}`,
    remedy: 'Try again; if it keeps happening, restart Storyloom — your saved work is safe.',
  };
}
