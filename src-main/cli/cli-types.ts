// Shared types of the `storyloom` command: parsed arguments, a command definition, the output sink.

export interface CliArgs {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  isTty: boolean;
  env: NodeJS.ProcessEnv;
}

/** Runs one command; returns the exit code. */
export type CommandRun = (args: CliArgs, io: CliIo) => Promise<number>;

/** A command of the registry: loaded only when invoked, so `storyloom parse` never loads the agent graph. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  load(): Promise<CommandRun>;
}
