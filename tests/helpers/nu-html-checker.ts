// The Nu HTML Checker (vnu, the W3C validator's engine, shipped by the vnu-jar package as a Java
// program): validates HTML documents and returns the errors it reports. Needs `java` on the PATH
// (scripts/ensure-test-deps.sh installs a runtime when it is missing).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The package's main export is the jar's path (a String object).
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

export interface HtmlError {
  /** The name given to the document. */
  document: string;
  line?: number;
  message: string;
  extract?: string;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * Validates each document (name -> HTML) in one run of the checker and returns every error, each
 * naming its document and line. Warnings and informational messages are left out.
 */
export async function validateHtml(documents: Record<string, string>): Promise<HtmlError[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vnu-'));
  try {
    const files = new Map<string, string>();
    let n = 0;
    for (const [name, html] of Object.entries(documents)) {
      const file = path.join(dir, `page-${n++}.html`);
      files.set(`file:${file}`, name);
      await writeFile(file, html);
    }
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        'java',
        ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', '--errors-only', ...files.keys()].map(
          (arg) => arg.replace(/^file:/, ''),
        ),
        { maxBuffer: 64 * 1024 * 1024 },
        (error, out, err) => (error ? reject(new Error(`vnu failed: ${error.message}\n${err}`)) : resolve(out)),
      );
    });
    const { messages } = JSON.parse(stdout) as { messages: VnuMessage[] };
    return messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal')
      .map((message) => ({
        document: files.get(message.url ?? '') ?? message.url ?? '?',
        line: message.lastLine,
        message: message.message,
        extract: message.extract,
      }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
