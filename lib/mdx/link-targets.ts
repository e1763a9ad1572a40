// Internal-link targets read straight from question frontmatter, for the MDX plugin: bodies are
// compiled before any generated document or index exists, so the config builds them once, here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { listQuestionFiles } from '../content/files';
import { buildLinkIndex, type LinkIndex, type LinkTarget } from '../content/internal-links';
import { questionPath } from '../content/paths';

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The top-level frontmatter fields a link target is made of. */
const LINK_TARGET_FIELDS = new Set(['title', 'aliases', 'draft']);
/** A line that starts a top-level `key:` entry with a plain key. */
const TOP_LEVEL_KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)/;

/**
 * The lines of the top-level entries named in `fields`, in their order, or undefined when the
 * frontmatter's top level is not plain `key:` entries (quoted or complex keys, merge keys, document
 * markers, a column-0 scalar). A top-level entry runs until the next line that starts in column 0
 * with anything but a comment or a compact sequence item (`- `), which YAML allows at the key's own
 * indentation.
 */
export function topLevelEntries(frontmatter: string, fields: ReadonlySet<string>): string | undefined {
  const kept: string[] = [];
  let keeping = false;
  for (const line of frontmatter.split(/\r?\n/)) {
    const first = line.charAt(0);
    if (line === '' || first === ' ' || first === '\t' || first === '#' || line === '-' || line.startsWith('- ')) {
      if (keeping) kept.push(line);
      continue;
    }
    const key = TOP_LEVEL_KEY.exec(line)?.[1];
    if (key === undefined) return undefined;
    keeping = fields.has(key);
    if (keeping) kept.push(line);
  }
  return kept.join('\n');
}

/**
 * The frontmatter's data as far as link targets need it. Parsing every field of every question took
 * 27 s at 10,000 synthetic questions, before any compile could start; the three fields alone parse
 * in a fraction of that. Anchors, aliases and anything unusual at the top level fall back to
 * parsing the whole frontmatter, so the result is always the whole parse's.
 */
function linkTargetData(frontmatter: string): unknown {
  const entries = topLevelEntries(frontmatter, LINK_TARGET_FIELDS);
  if (entries !== undefined && !/[&*]/.test(entries)) {
    try {
      return parse(entries, { uniqueKeys: false }) ?? {};
    } catch {
      // Parsed whole below, for the same answer (or the same failure) as before.
    }
  }
  return parse(frontmatter, { uniqueKeys: false });
}

/** One question's link target from its file name and raw source, or undefined without readable frontmatter. */
export function parseLinkTarget(fileName: string, source: string): LinkTarget | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  let data: unknown;
  try {
    data = linkTargetData(match[1]);
  } catch {
    // Broken YAML: the content check names the file, line and column; links to it just do not resolve.
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const fields = data as Record<string, unknown>;
  const slug = path.basename(fileName).replace(/\.mdx$/, '');
  return {
    slug,
    url: questionPath(slug),
    title: typeof fields.title === 'string' ? fields.title : slug,
    aliases: stringList(fields.aliases),
    draft: fields.draft === true,
  };
}

/** Reads every question file under `contentDir/questions` once. */
export function loadLinkTargets(contentDir: string): LinkTarget[] {
  const dir = path.join(contentDir, 'questions');
  const targets: LinkTarget[] = [];
  for (const file of listQuestionFiles(contentDir)) {
    const target = parseLinkTarget(file, readFileSync(path.join(dir, file), 'utf8'));
    if (target) targets.push(target);
  }
  return targets;
}

// Where the last index read from a link targets file is kept: on the process, not in this module,
// because contentlayer evaluates its config (and this module, bundled into it) afresh for every
// shard a worker builds, and never unloads the old copy. A fresh index per shard kept ~40 MB per shard
// alive at 10,000 questions (a worker's heap grew 86 -> 205 MB over four shards; with this, 66 -> 69 MB).
const cache = globalThis as { __healthAnswersLinkIndex?: { text: string; index: LinkIndex } };

/** The link index of a link targets file (the build's LINK_TARGETS_FILE), built once per version of it. */
export function linkIndexFromFile(file: string): LinkIndex {
  const text = readFileSync(file, 'utf8');
  const cached = cache.__healthAnswersLinkIndex;
  if (cached?.text === text) return cached.index;
  const index = buildLinkIndex(JSON.parse(text) as LinkTarget[]);
  cache.__healthAnswersLinkIndex = { text, index };
  return index;
}
