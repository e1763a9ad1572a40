// How every script editors run reads its command line: `--help` prints the usage, and a wrong option
// is one line naming it (never a stack trace). Also catches the options npm took for itself: without
// `--` before them, `npm run new "Why…?" --category sleep` hands `--category` to npm, which leaves
// only `npm_config_category` in the environment and "sleep" among the words of the title.
import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command<O extends Options> {
  /** The npm script, e.g. "new" for `npm run new`. */
  name: string;
  /** What it does, in one line. */
  summary: string;
  /** Its arguments after `npm run <name> --`, e.g. `"Why do my knees crack?" [--category sleep]`. */
  usage: string;
  options: O;
  /** One line of help for each option. */
  optionHelp: Partial<Record<keyof O & string, string>>;
  allowPositionals?: boolean;
}

export type CommandLine<O extends Options> =
  | {
      kind: 'run';
      values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>['values'];
      positionals: string[];
    }
  | { kind: 'help'; text: string }
  | { kind: 'error'; message: string };

export function helpText<O extends Options>(command: Command<O>): string {
  const lines = [`npm run ${command.name} -- ${command.usage}`.trimEnd(), '', command.summary, '', 'Options:'];
  const entries = Object.entries(command.options).map(([name, option]) => {
    const flag = `--${name}${option.type === 'string' ? ` <${name}>` : ''}`;
    const help = command.optionHelp[name as keyof O & string] ?? '';
    const fallback = option.default !== undefined ? ` (default: ${String(option.default)})` : '';
    return [flag, `${help}${fallback}`] as const;
  });
  entries.push(['--help', 'print this help']);
  const width = Math.max(...entries.map(([flag]) => flag.length));
  for (const [flag, help] of entries) lines.push(`  ${flag.padEnd(width)}  ${help}`);
  lines.push('', `Put "--" after "npm run ${command.name}", or npm keeps the options for itself.`);
  return lines.join('\n');
}

/** Reads `argv` (the arguments after the script) for `command`; `env` is where npm leaves the options it took. */
export function readCommandLine<O extends Options>(
  command: Command<O>,
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): CommandLine<O> {
  const retry = `run "npm run ${command.name} -- --help" for the options`;
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help', text: helpText(command) };
  const eaten = Object.keys(command.options).find(
    (name) => env[`npm_config_${name.replaceAll('-', '_')}`] !== undefined,
  );
  if (eaten !== undefined) {
    return {
      kind: 'error',
      message: `npm took --${eaten} for itself, so it never reached the script: put "--" before the arguments, as in npm run ${command.name} -- ${command.usage}`,
    };
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: command.options,
      allowPositionals: command.allowPositionals ?? false,
      strict: true,
    });
    return { kind: 'run', values: values as never, positionals };
  } catch (error) {
    // node's own messages run to several sentences ("… To specify a positional argument starting with
    // a '-', place it at the end of the command after '--'…"): keep the first, which names the option.
    const first = (error instanceof Error ? error.message : String(error)).split(/\.\s|\n/)[0]!.replace(/\.$/, '');
    return { kind: 'error', message: `${first}; ${retry}` };
  }
}

/** Stops with one line when the content folder a script was given is not there. */
export function requireContentDir(name: string, dir: string): void {
  if (!existsSync(dir)) {
    console.error(
      `npm run ${name}: there is no content folder at "${dir}"; run it from the project folder, or give --dir`,
    );
    process.exit(2);
  }
}

/** The --format a script was given, `text` or `github`; stops with one line for anything else. */
export function requireOutputFormat(name: string, format: string): 'text' | 'github' {
  if (format !== 'text' && format !== 'github') {
    console.error(`npm run ${name}: unknown --format "${format}": use text or github`);
    process.exit(2);
  }
  return format;
}

/** `readCommandLine` on this process: prints the help (exit 0) or the error (exit 2), else returns the values. */
export function parseCommandLine<O extends Options>(command: Command<O>) {
  const line = readCommandLine(command, process.argv.slice(2), process.env);
  if (line.kind === 'help') {
    console.log(line.text);
    process.exit(0);
  }
  if (line.kind === 'error') {
    console.error(`npm run ${command.name}: ${line.message}`);
    process.exit(2);
  }
  return line;
}
