// The content build's cache: which questions must be compiled again and which compiled documents
// the previous build left can be kept. A compiled question depends on its own file, on the compiler
// (contentlayer's config, the MDX plugins, the packages) and on how each [[link]] in its body
// resolves; its key hashes exactly those, so a kept document is the one a cold build would make.
import { createHash } from 'node:crypto';
import { findInternalLinks, type LinkIndex, type LinkTarget } from '../content/internal-links';
import { toSlug } from '../content/slug';

export const CONTENT_CACHE_VERSION = 1;

export interface CachedQuestion {
  /** Hash of the question file's text. */
  hash: string;
  /** Hash of everything its compiled document depends on. */
  key: string;
  /** Its link target (slug, title, aliases, draft), read from its frontmatter. */
  linkTarget: LinkTarget | null;
}

export interface ContentCacheManifest {
  version: number;
  /** Hash of the compiler: the bundled contentlayer config and plugins, the lockfile, the patches. */
  fingerprint: string;
  /** By file name under content/questions. */
  questions: Record<string, CachedQuestion>;
}

export interface QuestionSource {
  /** File name under content/questions. */
  name: string;
  text: string;
  /** `hashText(text)`, when the reader computed it already. */
  hash?: string;
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The previous build's manifest, when it was made by this version and this compiler. */
export function usableManifest(
  previous: ContentCacheManifest | undefined,
  fingerprint: string,
): ContentCacheManifest | undefined {
  return previous?.version === CONTENT_CACHE_VERSION && previous.fingerprint === fingerprint ? previous : undefined;
}

export type LinkTargets = ReadonlyMap<string, { hash: string; linkTarget: LinkTarget | null }>;

/** The link targets of every question, parsing only files that changed since the previous build. */
export function linkTargetsOf(
  sources: readonly QuestionSource[],
  previous: ContentCacheManifest | undefined,
  fingerprint: string,
  parse: (name: string, text: string) => LinkTarget | undefined,
): LinkTargets {
  const usable = usableManifest(previous, fingerprint);
  const targets = new Map<string, { hash: string; linkTarget: LinkTarget | null }>();
  for (const { name, text, hash: known } of sources) {
    const hash = known ?? hashText(text);
    const cached = usable?.questions[name];
    const linkTarget = cached && cached.hash === hash ? cached.linkTarget : (parse(name, text) ?? null);
    targets.set(name, { hash, linkTarget });
  }
  return targets;
}

/** How every [[link]] in a file resolves against the whole library: part of its compiled body. */
export function linkDependencies(text: string, index: LinkIndex): string[] {
  const resolutions = new Set<string>();
  for (const link of findInternalLinks(text)) {
    // A figure reads as its registered wording: a page that states it changes when the wording does.
    if (link.figure !== undefined) {
      resolutions.add(`${link.target} -> ${link.label}`);
      continue;
    }
    const found = index.get(toSlug(link.target));
    resolutions.add(`${link.target} -> ${found ? `${found.url}${found.draft ? ' (draft)' : ''}` : 'nothing'}`);
  }
  return [...resolutions].sort();
}

export function compiledKey(fingerprint: string, hash: string, dependencies: readonly string[]): string {
  return hashText(JSON.stringify([CONTENT_CACHE_VERSION, fingerprint, hash, dependencies]));
}

export interface ContentBuildPlan {
  /** Files to compile: new, changed, or depending on a link that now resolves differently. */
  compile: string[];
  /** Files whose previous compiled document is kept. */
  keep: string[];
  /** Files the previous build compiled that no longer exist. */
  remove: string[];
  /** The manifest to write once the build has succeeded. */
  manifest: ContentCacheManifest;
}

export interface PlanOptions {
  sources: readonly QuestionSource[];
  previous: ContentCacheManifest | undefined;
  fingerprint: string;
  index: LinkIndex;
  targets: LinkTargets;
  /** Whether the previous build's compiled document of a file is still on disk. */
  hasCompiled: (name: string) => boolean;
}

export function planContentBuild({
  sources,
  previous,
  fingerprint,
  index,
  targets,
  hasCompiled,
}: PlanOptions): ContentBuildPlan {
  const usable = usableManifest(previous, fingerprint);
  const manifest: ContentCacheManifest = { version: CONTENT_CACHE_VERSION, fingerprint, questions: {} };
  const compile: string[] = [];
  const keep: string[] = [];
  for (const { name, text } of sources) {
    const { hash, linkTarget } = targets.get(name) ?? { hash: hashText(text), linkTarget: null };
    const key = compiledKey(fingerprint, hash, linkDependencies(text, index));
    manifest.questions[name] = { hash, key, linkTarget };
    if (usable?.questions[name]?.key === key && hasCompiled(name)) keep.push(name);
    else compile.push(name);
  }
  const names = new Set(sources.map((source) => source.name));
  const remove = Object.keys(previous?.questions ?? {}).filter((name) => !names.has(name));
  return { compile: compile.sort(), keep: keep.sort(), remove: remove.sort(), manifest };
}
