import { describe, expect, it } from 'vitest';
import { extractHeadings } from '@/lib/mdx/headings';
import { countTocLinks, isLongEnoughForToc, tableOfContents, TOC_MIN_LINKS } from '@/lib/pages/toc';

const ALL = { keyPoints: true, tips: true, myths: true, faqs: true, sources: true };
const FEW = { keyPoints: true, tips: false, myths: false, faqs: true, sources: true };

describe('tableOfContents', () => {
  it('nests body subsections under the section they follow, between the fixed sections', () => {
    const headings = extractHeadings(
      ['Intro', '### When to see a doctor', '## Why this happens', '### Fatigue', '### Fluids'].join('\n'),
    );
    const toc = tableOfContents(headings, ALL);
    expect(toc.map((item) => item.id)).toEqual([
      'in-depth-answer',
      'why-this-happens',
      'key-points',
      'practical-tips',
      'myths-and-mistakes',
      'faqs',
      'sources',
    ]);
    expect(toc[0].children).toEqual([{ id: 'when-to-see-a-doctor', text: 'When to see a doctor', children: [] }]);
    expect(toc[1].children.map((item) => item.id)).toEqual(['fatigue', 'fluids']);
  });

  it('links a "Why it matters" heading to the why section, keeping its wording', () => {
    const toc = tableOfContents(extractHeadings('Intro\n## Why it matters\n### Cost'), FEW);
    expect(toc[1]).toEqual({ id: 'why-this-happens', text: 'Why it matters', children: [expect.anything()] });
  });

  it('keeps other h2 headings in the body under their own ids', () => {
    const toc = tableOfContents(extractHeadings('Intro\n## Who gets it\n## Why this happens'), FEW);
    expect(toc.slice(0, 3).map((item) => item.id)).toEqual(['in-depth-answer', 'who-gets-it', 'why-this-happens']);
  });

  it('leaves out the optional sections a page does not have', () => {
    const ids = tableOfContents([], FEW).map((item) => item.id);
    expect(ids).not.toContain('practical-tips');
    expect(ids).not.toContain('myths-and-mistakes');
    expect(ids).toContain('faqs');
  });

  it('is shown only once a page has enough sections to need it', () => {
    const short = tableOfContents(extractHeadings('Intro\n## Why this happens'), FEW);
    expect(countTocLinks(short)).toBe(5);
    expect(isLongEnoughForToc(short)).toBe(false);
    const long = tableOfContents(extractHeadings('Intro\n### A\n## Why this happens\n### B\n### C'), ALL);
    expect(countTocLinks(long)).toBeGreaterThanOrEqual(TOC_MIN_LINKS);
    expect(isLongEnoughForToc(long)).toBe(true);
  });
});
