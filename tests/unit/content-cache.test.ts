import { describe, expect, it } from 'vitest';
import {
  linkTargetsOf,
  planContentBuild,
  type ContentCacheManifest,
  type QuestionSource,
} from '@/lib/build/content-cache';
import { buildLinkIndex } from '@/lib/content/internal-links';
import { parseLinkTarget } from '@/lib/mdx/link-targets';

function question(slug: string, { title = `About ${slug}`, body = 'A body.', tags = ['sleep'], draft = false } = {}) {
  return {
    name: `${slug}.mdx`,
    text: ['---', `title: ${title}`, `tags: [${tags.join(', ')}]`, `draft: ${draft}`, '---', '', body, ''].join('\n'),
  };
}

/** Plans a build of `sources` after a previous build made `previous` (every compiled file kept on disk). */
function plan(sources: QuestionSource[], previous?: ContentCacheManifest, fingerprint = 'compiler-1') {
  let parsed = 0;
  const targets = linkTargetsOf(sources, previous, fingerprint, (name, text) => {
    parsed++;
    return parseLinkTarget(name, text);
  });
  const index = buildLinkIndex([...targets.values()].flatMap(({ linkTarget }) => linkTarget ?? []));
  const result = planContentBuild({
    sources,
    previous,
    fingerprint,
    index,
    targets,
    hasCompiled: (name) => previous?.questions[name] !== undefined,
  });
  return { ...result, parsed };
}

const library = [
  question('naps', { body: 'See [[caffeine]] and [[Why we yawn|yawning]].' }),
  question('caffeine'),
  question('yawning', { title: 'Why we yawn' }),
];

describe('planning a content build from the previous one', () => {
  it('compiles everything the first time', () => {
    const first = plan(library);
    expect(first.compile).toEqual(['caffeine.mdx', 'naps.mdx', 'yawning.mdx']);
    expect(first.keep).toEqual([]);
  });

  it('keeps everything, and parses no frontmatter, when nothing changed', () => {
    const again = plan(library, plan(library).manifest);
    expect(again.compile).toEqual([]);
    expect(again.keep).toHaveLength(3);
    expect(again.parsed).toBe(0);
  });

  it('compiles only the question whose body or tags changed', () => {
    const previous = plan(library).manifest;
    const edited = [
      question('naps', { body: 'See [[caffeine]] and [[Why we yawn|yawning]]. More.' }),
      ...library.slice(1),
    ];
    expect(plan(edited, previous).compile).toEqual(['naps.mdx']);
    const retagged = [library[0], question('caffeine', { tags: ['sleep', 'coffee'] }), library[2]];
    expect(plan(retagged, previous).compile).toEqual(['caffeine.mdx']);
  });

  it('compiles a question again when a link in its body resolves differently', () => {
    const previous = plan(library).manifest;
    // naps links to "Why we yawn" by title: renaming yawning changes what that link points to.
    const renamed = [library[0], library[1], question('yawning', { title: 'Why do we yawn?' })];
    expect(plan(renamed, previous).compile).toEqual(['naps.mdx', 'yawning.mdx']);
    // caffeine becoming a draft changes naps's link too.
    const drafted = [library[0], question('caffeine', { draft: true }), library[2]];
    expect(plan(drafted, previous).compile).toEqual(['caffeine.mdx', 'naps.mdx']);
  });

  it('compiles a question whose broken link a new question now satisfies', () => {
    const linking = [question('naps', { body: 'See [[hiccups]].' })];
    const previous = plan(linking).manifest;
    const added = [...linking, question('hiccups')];
    expect(plan(added, previous).compile).toEqual(['hiccups.mdx', 'naps.mdx']);
  });

  it('lists deleted questions and keeps the rest', () => {
    const previous = plan(library).manifest;
    const result = plan(library.slice(0, 2), previous);
    expect(result.remove).toEqual(['yawning.mdx']);
    // naps linked to yawning, which is gone: its link now resolves to nothing.
    expect(result.compile).toEqual(['naps.mdx']);
    expect(result.keep).toEqual(['caffeine.mdx']);
  });

  it('compiles everything after the compiler changed', () => {
    const previous = plan(library).manifest;
    const result = plan(library, previous, 'compiler-2');
    expect(result.compile).toHaveLength(3);
    expect(result.parsed).toBe(3);
  });

  it('compiles a question whose previous document is missing from disk', () => {
    const previous = plan(library).manifest;
    const targets = linkTargetsOf(library, previous, 'compiler-1', parseLinkTarget);
    const result = planContentBuild({
      sources: library,
      previous,
      fingerprint: 'compiler-1',
      index: buildLinkIndex([...targets.values()].flatMap(({ linkTarget }) => linkTarget ?? [])),
      targets,
      hasCompiled: (name) => name !== 'caffeine.mdx',
    });
    expect(result.compile).toEqual(['caffeine.mdx']);
  });
});
