// The Result envelope every handler returns: no raw Error ever crosses a process boundary.

/** A failure that says what went wrong and, where possible, what to do next. */
export interface AppError {
  /** Stable, machine-readable code (SCREAMING_SNAKE_CASE), e.g. `PROJECT_NOT_FOUND`. */
  code: string;
  /** One plain sentence for the user. */
  message: string;
  /** What the user can do about it, when there is something. */
  remedy?: string;
  /** Structured context (entry name, field path, limit…) for tools and tests. */
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (
  code: string,
  message: string,
  remedy?: string,
  details?: Record<string, unknown>,
): Result<never> => ({
  ok: false,
  error: { code, message, ...(remedy ? { remedy } : {}), ...(details ? { details } : {}) },
});
