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

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Set for commands whose feature has not landed yet: they exit with a clear "not yet available". */
  reservedFor?: string;
  run(args: CliArgs, io: CliIo): Promise<number>;
}
