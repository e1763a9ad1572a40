import { describe, expect, it } from 'vitest';
import { extractHeadings } from '@/lib/mdx/headings';

describe('extractHeadings', () => {
  it('lists h2 and h3 headings with github-style ids, ignoring code blocks', () => {
    const body = [
      'Intro',
      '### When to see a *doctor*',
      '```',
      '## not a heading',
      '```',
      '## Why this happens',
      '### Fatigue',
      '### Fatigue',
    ].join('\n');
    expect(extractHeadings(body)).toEqual([
      { depth: 3, text: 'When to see a doctor', id: 'when-to-see-a-doctor' },
      { depth: 2, text: 'Why this happens', id: 'why-this-happens' },
      { depth: 3, text: 'Fatigue', id: 'fatigue' },
      { depth: 3, text: 'Fatigue', id: 'fatigue-1' },
    ]);
  });
});
