import { describe, expect, it } from 'vitest';
import { citationNumbers, sourceAnchor } from '@/lib/content/citations';

describe('citationNumbers', () => {
  it('numbers sources from 1 in the order they are listed', () => {
    const numbers = citationNumbers([{ id: 'nhs' }, { id: 'cdc' }, { id: 'who' }]);
    expect(numbers.get('nhs')).toBe(1);
    expect(numbers.get('who')).toBe(3);
    expect(numbers.get('missing')).toBeUndefined();
  });
  it('anchors a source by its id', () => {
    expect(sourceAnchor('nhs')).toBe('source-nhs');
  });
});
