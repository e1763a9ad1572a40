// Runs the long-tail ISR test before the other browser tests: it must be the first to request a
// question that was not prerendered, and other tests (the sitemap crawl) request every page.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const FIRST_BROWSER_TEST = 'tests/browser/long-tail-isr.test.ts';

export class LongTailFirstSequencer extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isFirst = (file: TestSpecification) => file.moduleId.endsWith(FIRST_BROWSER_TEST);
    return [...sorted.filter(isFirst), ...sorted.filter((file) => !isFirst(file))];
  }
}
