// The commands of `storyloom` (DESIGN.md §2): names, usage and a lazy loader each.
import type { CliCommand } from './cli-types';

export const COMMANDS: CliCommand[] = [
  {
    name: 'new',
    summary: 'Create a project (empty, or from an idea with --idea)',
    usage: 'storyloom new --name NAME [--kind K] [--seed N] [--idea "<text>"] [--dir D] [--json]',
    load: async () => (await import('./commands/project-commands')).newCommand,
  },
  {
    name: 'list',
    summary: 'List the projects under the projects root',
    usage: 'storyloom list [--dir D] [--json]',
    load: async () => (await import('./commands/project-commands')).listCommand,
  },
  {
    name: 'import',
    summary:
      'Import a .storyloom archive, a screenplay (.fountain/.fdx) or a manuscript (.txt/.md) as a new project; --into P re-imports a changed screenplay into its project',
    usage: 'storyloom import <file> [--into <project>] [--kind K] [--name N] [--dir D] [--json]',
    load: async () => (await import('./commands/project-commands')).importCommand,
  },
  {
    name: 'export',
    summary:
      'Export a project: screenplay (fountain, fdx, screenplay-pdf), storyboard (pdf), shot list (csv), character bible (bible) or archive (storyloom)',
    usage:
      'storyloom export <project> --format fountain|fdx|screenplay-pdf|pdf|csv|bible|storyloom [--panels N] --out FILE [--json]',
    load: async () => (await import('./commands/project-commands')).exportCommand,
  },
  {
    name: 'talent',
    summary: 'Import a casting roster CSV (name, playing age, gender, languages, skills, look, credits)',
    usage: 'storyloom talent import <project> <file.csv> [--json]',
    load: async () => (await import('./commands/talent-command')).talentCommand,
  },
  {
    name: 'portrait',
    summary:
      "Generate a character's portrait on the image endpoint (through the task queue) and store it in the project",
    usage: 'storyloom portrait <project> <character> [--json]',
    load: async () => (await import('./commands/portrait-command')).portraitCommand,
  },
  {
    name: 'settings',
    summary:
      'Show or set the image endpoint for portraits (an OpenAI-compatible images API); the key is read from an environment variable',
    usage:
      'storyloom settings image [--base-url URL --model MODEL [--size 1024x1024] [--timeout SEC] [--api-key-env VAR] | --clear] [--json]',
    load: async () => (await import('./commands/settings-command')).settingsCommand,
  },
  {
    name: 'restore',
    summary: 'Replace a damaged project.json with its newest good backup (the damaged file is kept aside)',
    usage: 'storyloom restore <project> [--json]',
    load: async () => (await import('./commands/project-commands')).restoreCommand,
  },
  {
    name: 'parse',
    summary: 'Show how a chat message is understood (intent, confidence, parameters); changes nothing',
    usage: 'storyloom parse "<message>" --json',
    load: async () => (await import('./commands/parse-command')).parseCommand,
  },
  {
    name: 'chat',
    summary: 'Run one chat turn on a project, headless',
    usage: 'storyloom chat <project> "<message>" [--session S] [--json]',
    load: async () => (await import('./commands/chat-commands')).chatCommand,
  },
  {
    name: 'analyze',
    summary:
      'Analyze a manuscript or screenplay: characters (aliases merged), locations, scenes, relationships',
    usage: 'storyloom analyze <file> --json',
    load: async () => (await import('./commands/analyze-command')).analyzeCommand,
  },
  {
    name: 'serve',
    summary: 'Start web mode: serve the app on 127.0.0.1 and print its URL',
    usage: 'storyloom serve [--port P] [--dir D] [--json]',
    load: async () => (await import('./commands/serve-command')).serveCommand,
  },
  {
    name: 'bench',
    summary: 'Run the performance suite',
    usage: 'storyloom bench [--only NAME] [--json]',
    load: async () => (await import('./commands/bench-command')).benchCommand,
  },
];
