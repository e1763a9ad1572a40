// Whether the code was already type-checked exactly as it is now. A hash of everything the type
// check reads from the project: every TypeScript and JavaScript source (JavaScript too, since allowJs
// gives imported .mjs files their types), every JSON file a module may import, contentlayer's
// generated declarations, the TypeScript configs, the exact packages (the lockfile) and the patches
// applied to them. Content does not enter it: an edited question changes no type. Two builds with the
// same fingerprint get the same answer from the check. scripts/type-check.ts records it after a
// successful check; next.config.ts lets `next build` skip its own check when it matches.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_OUTPUTS, TYPE_CHECK_RECORD_PATH } from './outputs';

/** Folders that hold no source the type check reads (or only generated output and content). */
const SKIPPED_DIRS = new Set([
  'node_modules',
  '.git',
  ...BUILD_OUTPUTS.map((output) => output.path.split('/')[0]!),
  'content',
  'public',
  'screenshots',
  'coverage',
  'out',
  'test-results',
]);
const SOURCE = /\.(?:[cm]?[jt]s|tsx|jsx|json)$/;
/**
 * Written by `next build` itself (a first build creates it, so counting it would make the second
 * build check again); what it says follows from Next's version and config, both counted.
 */
const GENERATED_FILES = new Set(['next-env.d.ts']);

/** The project's files the type check may read, relative to `root`, sorted. */
export function typeCheckInputs(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(relative);
      } else if (entry.isFile() && (SOURCE.test(entry.name) || dir === 'patches') && !GENERATED_FILES.has(relative)) {
        files.push(relative);
      }
    }
  };
  walk('');
  // Contentlayer's generated declarations type every document the pages read.
  const generated = '.contentlayer/generated';
  try {
    for (const entry of readdirSync(path.join(root, generated), { withFileTypes: true }))
      if (entry.isFile() && entry.name.endsWith('.d.ts')) files.push(`${generated}/${entry.name}`);
  } catch {
    // No content built yet: the check will run (and fail) on its own.
  }
  return files.sort();
}

export function typeCheckFingerprint(root: string): string {
  const parts = typeCheckInputs(root).map((file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    return `${file}\n${text.length}:${text}`;
  });
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

/** Where a successful check records the fingerprint of the code it checked (kept with Next's cache). */
function typeCheckRecordPath(root: string): string {
  return path.join(root, TYPE_CHECK_RECORD_PATH);
}

/** The fingerprint the last successful type check recorded, if any. */
export function recordedTypeCheck(root: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(typeCheckRecordPath(root), 'utf8')) as { fingerprint?: string }).fingerprint;
  } catch {
    return undefined;
  }
}

/** Records that the code with this fingerprint type-checked. */
export function recordTypeCheck(root: string, fingerprint: string): void {
  mkdirSync(path.dirname(typeCheckRecordPath(root)), { recursive: true });
  writeFileSync(typeCheckRecordPath(root), JSON.stringify({ fingerprint }));
}

/** True when the last successful type check checked exactly the code that is in `root` now. */
export function alreadyTypeChecked(root: string): boolean {
  return recordedTypeCheck(root) === typeCheckFingerprint(root);
}
