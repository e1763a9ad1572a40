import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, type CheckProblem } from '@/lib/content-check/check';
import { formatGithubAnnotation, formatProblem } from '@/lib/content-check/format';
import { contentSchema } from '@/lib/content-check/content-schema';
import { loadContentFiles } from '@/lib/content-check/load';
import { FIXTURE_EDITORIAL } from '../helpers/fixture-editorial';

const TODAY = '2026-06-01';
const BROKEN = 'tests/fixtures/content-check/broken/content';
const VALID = 'tests/fixtures/content-check/valid/content';

const editorial = FIXTURE_EDITORIAL;

async function check(dir: string): Promise<CheckProblem[]> {
  return checkContent(await loadContentFiles(dir), { ...contentSchema(), today: TODAY, editorial });
}

const LONG_TITLE_FILE =
  'why-do-i-wake-up-at-three-in-the-morning-every-single-night-even-though-i-go-to-bed-early-avoid-coffee-and-keep-my-bedroom-dark.mdx';

// One broken file per rule: [file inside the corpus, rule it breaks, line of the field or body text at fault].
const BROKEN_FILES: [string, string, number][] = [
  ['notes.txt', 'unknown-file', 1],
  ['categories/no-description.yaml', 'schema', 1],
  ['questions/Bad_File_Name.mdx', 'slug', 1],
  ['questions/missing-field.mdx', 'schema', 1],
  ['questions/no-subject.mdx', 'schema', 1],
  ['questions/wrong-type.mdx', 'schema', 15],
  ['questions/unknown-field.mdx', 'schema', 8],
  ['questions/yaml-syntax.mdx', 'yaml', 9],
  ['questions/unknown-category.mdx', 'category', 6],
  ['questions/tag-variant.mdx', 'tag-variant', 7],
  ['questions/same-slug.mdx', 'duplicate-slug', 1],
  ['questions/more/same-slug.mdx', 'duplicate-slug', 1],
  ['questions/duplicate-title.mdx', 'duplicate-title', 2],
  ['questions/duplicate-source.mdx', 'duplicate-source', 17],
  ['questions/unknown-source.mdx', 'unknown-source', 19],
  ['questions/uncited-source.mdx', 'uncited-source', 17],
  ['questions/source-url.mdx', 'source-url', 14],
  ['questions/future-published.mdx', 'future-date', 8],
  ['questions/published-after-updated.mdx', 'date-order', 8],
  ['questions/no-faq.mdx', 'no-faq', 20],
  ['questions/internal-link.mdx', 'internal-link', 27],
  ['questions/internal-link-in-field.mdx', 'internal-link', 24],
  ['questions/link-to-draft.mdx', 'internal-link', 29],
  ['questions/unknown-related.mdx', 'related', 8],
  ['questions/long-summary.mdx', 'summary-length', 4],
  ['questions/long-short-answer.mdx', 'short-answer-length', 5],
  ['questions/placeholder.mdx', 'placeholder', 22],
  ['questions/mdx-syntax.mdx', 'mdx-syntax', 27],
  ['questions/unsafe-esm-export.mdx', 'unsafe-mdx', 27],
  ['questions/unsafe-esm-import.mdx', 'unsafe-mdx', 25],
  ['questions/unsafe-expression.mdx', 'unsafe-mdx', 29],
  ['questions/unsafe-flow-expression.mdx', 'unsafe-mdx', 27],
  ['questions/unsafe-component.mdx', 'unsafe-mdx', 27],
  ['questions/unsafe-script.mdx', 'unsafe-mdx', 27],
  ['questions/unsafe-style.mdx', 'unsafe-mdx', 29],
  ['questions/unsafe-iframe.mdx', 'unsafe-mdx', 27],
  ['questions/unsafe-event-handler.mdx', 'unsafe-mdx', 27],
  ['questions/unsafe-link.mdx', 'unsafe-mdx', 25],
  ['questions/untrusted-source.mdx', 'source-domain', 14],
  ['questions/publisher-mismatch.mdx', 'source-publisher', 13],
  ['questions/invalid-doi.mdx', 'source-identifier', 17],
  ['questions/paper-without-identifier.mdx', 'paper-identifier', 14],
  ['questions/source-after-updated.mdx', 'source-year', 15],
  ['questions/invalid-source-type.mdx', 'schema', 16],
  ['questions/missing-source-type.mdx', 'schema', 11],
  ['questions/symptoms-without-help.mdx', 'when-to-get-help', 6],
  ['questions/empty-when-to-get-help.mdx', 'help-box', 11],
  ['questions/two-boxes-one-action.mdx', 'help-box', 14],
  ['questions/symptoms-without-urgent-box.mdx', 'when-to-get-help', 6],
  ['questions/sign-in-two-boxes.mdx', 'triage-conflict', 16],
  ['questions/sign-at-another-level.mdx', 'triage-conflict', 14],
  ['questions/sign-beside-lesser-help.mdx', 'triage-conflict', 5],
  ['questions/sign-level-across-pages-a.mdx', 'triage-conflict', 13],
  ['questions/sign-level-across-pages-b.mdx', 'triage-conflict', 13],
  ['questions/faq-repeats-help.mdx', 'help-repeated', 29],
  ['questions/verdict-without-strong-source.mdx', 'verdict-evidence', 10],
  ['questions/unknown-figure.mdx', 'internal-link', 5],
  ['questions/hand-written-figure.mdx', 'figure', 31],
  ['questions/link-in-plain-field.mdx', 'internal-link', 21],
  ['questions/unknown-reviewer.mdx', 'unknown-reviewer', 11],
  ['questions/reviewer-without-date.mdx', 'review-date', 10],
  ['questions/impossible-date.mdx', 'impossible-date', 8],
  ['questions/blank-title.mdx', 'blank-text', 2],
  ['questions/blank-summary.mdx', 'blank-text', 4],
  [`questions/${LONG_TITLE_FILE}`, 'title-length', 2],
  ['questions/title-without-question-mark.mdx', 'title-question', 2],
  ['questions/file-name-mismatch.mdx', 'file-name', 2],
  ['questions/why-do-my-feet-ache.mdx', 'duplicate-title', 2],
  ['questions/duplicate-faq.mdx', 'duplicate-faq', 23],
  ['questions/faq-repeats-title.mdx', 'duplicate-faq', 21],
  ['questions/duplicate-source-url.mdx', 'duplicate-source', 20],
  ['questions/http-source.mdx', 'source-http', 14],
  ['questions/unclosed-link.mdx', 'unclosed-link', 29],
  ['questions/unclosed-link-in-field.mdx', 'unclosed-link', 22],
  ['questions/why-do-my-muscles-twitch-after-workouts.mdx', 'near-duplicate', 2],
  ['questions/why-do-my-muscles-twitch-after-a-workout.mdx', 'near-duplicate', 2],
  ['questions/title-is-alias.mdx', 'title-is-alias', 2],
  ['questions/has-an-alias.mdx', 'title-is-alias', 8],
  ['questions/missing-quote.mdx', 'yaml', 4],
  ['questions/tab-indent.mdx', 'yaml', 13],
  ['questions/still-current-in-future.mdx', 'future-date', 16],
  ['questions/key-point-without-source.mdx', 'uncited-point', 21],
  ['questions/tag-near.mdx', 'tag-near', 7],
];

describe('npm run check on the broken corpus', async () => {
  const problems = await check(BROKEN);

  it.each(BROKEN_FILES)('%s breaks only %s, at its line %i', (file, rule, line) => {
    const path = `${BROKEN}/${file}`;
    const found = problems.filter((problem) => problem.file === path);
    expect(found.map((problem) => `${problem.file}:${problem.line}  ${problem.rule}`)).toEqual([
      `${path}:${line}  ${rule}`,
    ]);
  });

  it('reports nothing in the files that break no rule', () => {
    const expected = new Set(BROKEN_FILES.map(([file]) => `${BROKEN}/${file}`));
    expect(problems.filter((problem) => !expected.has(problem.file))).toEqual([]);
  });

  it('names the field and how to fix it', () => {
    const byFile = (file: string) => problems.find((problem) => problem.file === `${BROKEN}/${file}`);
    expect(formatProblem(byFile('questions/source-url.mdx')!)).toBe(
      `${BROKEN}/questions/source-url.mdx:14:5  sources[0].url: "www.nhs.uk/conditions/insomnia/" is not a web address; use the full https:// URL of the source`,
    );
    expect(byFile('questions/missing-field.mdx')!.message).toContain('"shortAnswer"');
    expect(byFile('questions/no-subject.mdx')!.message).toContain('"subject"');
    expect(byFile('questions/tag-variant.mdx')!.message).toContain('write "sleep"');
    expect(byFile('questions/unknown-source.mdx')!.message).toContain('"nhs-sleep"');
    expect(byFile('questions/unsafe-script.mdx')!.message).toContain('<script>');
    expect(byFile('questions/unsafe-event-handler.mdx')!.message).toContain('onClick');
    expect(byFile('questions/link-to-draft.mdx')!.message).toContain('which is a draft');
    expect(byFile('questions/internal-link-in-field.mdx')!.field).toBe('faqs[0].answer');
  });

  it('says how to fix each editorial rule, naming the source field at fault', () => {
    const line = (file: string) => formatProblem(problems.find((problem) => problem.file === `${BROKEN}/${file}`)!);
    expect(line('questions/untrusted-source.mdx')).toBe(
      `${BROKEN}/questions/untrusted-source.mdx:14:5  sources[0].url: www.sleepblog.example is not the domain of a trusted publisher; cite a publisher on the list in data/trusted-publishers.ts, or add this publisher there deliberately, in its own pull request (see CONTRIBUTING.md, "Sourcing rules")`,
    );
    expect(line('questions/publisher-mismatch.mdx')).toBe(
      `${BROKEN}/questions/publisher-mismatch.mdx:13:5  sources[0].publisher: "Mayo Clinic" is not the publisher of www.nhs.uk; write "NHS", or correct the url`,
    );
    expect(line('questions/invalid-doi.mdx')).toBe(
      `${BROKEN}/questions/invalid-doi.mdx:17:5  sources[0].doi: "10.100/182" is not a DOI: a DOI reads 10.<registrant>/<suffix>, as printed on the paper`,
    );
    expect(line('questions/paper-without-identifier.mdx')).toMatch(
      /paper-without-identifier\.mdx:14:5 {2}sources\[0\]\.url: a paper \(at doi\.org\) needs its "doi" or "pmid"/,
    );
    expect(line('questions/source-after-updated.mdx')).toMatch(
      /:15:5 {2}sources\[0\]\.year: 2027 is after the page's updated date \(2026-02-01\)/,
    );
    expect(line('questions/invalid-source-type.mdx')).toMatch(
      /:16:5 {2}sources\[0\]\.type: must be one of: guideline, systematic-review, trial, review, study, health-information, not text "blog"$/,
    );
    expect(line('questions/missing-source-type.mdx')).toMatch(
      /:11:5 {2}sources\[0\]\.type: missing required field "type"$/,
    );
    expect(line('questions/symptoms-without-help.mdx')).toMatch(
      /:6:1 {2}whenToGetHelp: "symptoms" is a symptoms category \(symptoms: true in its file\), so this question needs whenToGetHelp/,
    );
    expect(line('questions/empty-when-to-get-help.mdx')).toMatch(
      /:11:5 {2}whenToGetHelp\[0\]\.signs: the "gp-or-111" box lists no sign; add the signs that need it/,
    );
    expect(line('questions/unknown-reviewer.mdx')).toMatch(
      /:11:1 {2}reviewer: "dr-nobody" is not a reviewer in data\/reviewers\.ts \(reviewers: fixture-reviewer\); name a listed reviewer by id, or add the person there/,
    );
    expect(line('questions/reviewer-without-date.mdx')).toMatch(/:10:1 {2}reviewer: names a reviewer without the date/);
  });

  it('says in plain words what is wrong with each new rule, and how to fix it', () => {
    const line = (file: string) =>
      problems
        .filter((problem) => problem.file === `${BROKEN}/questions/${file}`)
        .map((problem) => formatProblem(problem).replace(`${BROKEN}/`, ''))
        .join('\n');
    expect(line('impossible-date.mdx')).toBe(
      'questions/impossible-date.mdx:8:1  published: must be a date (YYYY-MM-DD), not "2026-02-30": February 2026 has 28 days',
    );
    expect(line('blank-title.mdx')).toBe('questions/blank-title.mdx:2:1  title: is blank: write the title');
    expect(line(LONG_TITLE_FILE)).toMatch(/:2:1 {2}title: is 130 characters; keep it to 120 at most/);
    expect(line('title-without-question-mark.mdx')).toMatch(
      /:2:1 {2}title: "Title without question mark" is not a question: end it with "\?"$/,
    );
    expect(line('file-name-mismatch.mdx')).toMatch(
      /:2:1 {2}title: the title no longer matches the file name "file-name-mismatch\.mdx": rename the file to "why-is-this-file-named-after-an-old-title\.mdx"/,
    );
    expect(line('why-do-my-feet-ache.mdx')).toMatch(
      /title: "Why do my feet ache\?" is also the title of .*duplicate-title\.mdx/,
    );
    expect(line('duplicate-title.mdx')).toMatch(
      /title: "Why do my FEET ache\?" is also the title of .*why-do-my-feet-ache\.mdx/,
    );
    expect(line('duplicate-faq.mdx')).toMatch(/:23:5 {2}faqs\[1\]\.question: asks the same question as faqs\[0\]/);
    expect(line('faq-repeats-title.mdx')).toMatch(/:21:5 {2}faqs\[0\]\.question: repeats the page's title/);
    expect(line('duplicate-source-url.mdx')).toMatch(
      /:20:5 {2}sources\[1\]\.url: this address is already sources\[0\]/,
    );
    expect(line('http-source.mdx')).toMatch(/:14:5 {2}sources\[0\]\.url: .* write https:\/\/ instead of http:\/\//);
    expect(line('unclosed-link.mdx')).toMatch(/:29:13 {2}body: internal link "\[\[base question\), noise/);
    expect(line('unclosed-link-in-field.mdx')).toMatch(/:22:17 {2}faqs\[0\]\.answer: internal link .* is never closed/);
    expect(line('why-do-my-muscles-twitch-after-workouts.mdx')).toMatch(
      /:2:1 {2}warning: title: may ask the same question as "Why do my muscles twitch after a workout\?"/,
    );
    expect(line('tag-near.mdx')).toBe(
      'questions/tag-near.mdx:7:15  warning: tags: "nasp" is on no other question; did you mean the existing tag "naps"? (npm run list -- tags)',
    );
    expect(line('title-is-alias.mdx')).toMatch(/title: "Title is alias\?" is an alias of .*has-an-alias\.mdx/);
    expect(line('has-an-alias.mdx')).toMatch(
      /:8:11 {2}aliases: "title is alias" is the title of .*title-is-alias\.mdx/,
    );
    expect(line('missing-quote.mdx')).toBe(
      'questions/missing-quote.mdx:4:10  yaml: YAML: the " opened on line 4 is never closed: add a " at the end of the text',
    );
    expect(line('tab-indent.mdx')).toBe(
      'questions/tab-indent.mdx:13:1  yaml: YAML: line 13 is indented with a tab: use spaces (two per level, like the lines around it)',
    );
  });

  it('counts a near-duplicate as a warning (shown, never failing) and every other rule as an error', () => {
    const bySeverity = (severity: string) =>
      new Set(problems.filter((problem) => problem.severity === severity).map((problem) => problem.rule));
    expect([...bySeverity('warning')].sort()).toEqual(['near-duplicate', 'tag-near']);
    expect(bySeverity('error').has('near-duplicate')).toBe(false);
  });
});

// The five pages the second clinical review blocked, as they were (each sends a sign to a GP that its
// own help box, or another page, sends to 999), beside the electrolyte page they contradicted.
const BLOCKING = 'tests/fixtures/content-check/blocking/content';
const TRIAGE_RULES = new Set(['triage-conflict', 'when-to-get-help', 'help-repeated', 'verdict-evidence']);

describe('npm run check on the pages the clinical review blocked', async () => {
  const problems = (await check(BLOCKING)).filter((problem) => TRIAGE_RULES.has(problem.rule));
  const at = (file: string) =>
    problems
      .filter((problem) => problem.file === `${BLOCKING}/questions/${file}.mdx`)
      .map((problem) => `${problem.line}:${problem.column} ${problem.rule} ${problem.field}`);

  it('refuses the palpitations page: fainting during exercise sent to a GP in its short answer, box and myth', () => {
    expect(at('are-heart-palpitations-something-to-worry-about')).toEqual(
      expect.arrayContaining([
        '10:97 triage-conflict shortAnswer',
        '25:9 triage-conflict whenToGetHelp[1].signs[2]',
        '112:58 triage-conflict myths[1].correction',
      ]),
    );
  });

  it('refuses the heart attack page: chest pain in the GP box and a FAQ that sends it to a doctor', () => {
    expect(at('what-are-the-warning-signs-of-a-heart-attack')).toEqual(
      expect.arrayContaining([
        '22:9 triage-conflict whenToGetHelp[1].signs[0]',
        '120:5 help-repeated faqs[3].answer',
        '122:37 triage-conflict faqs[3].answer',
      ]),
    );
  });

  it('refuses the dizziness page: its short answer sends chest pain to "see a doctor"', () => {
    expect(at('why-do-i-feel-dizzy-when-i-stand-up')).toEqual(
      expect.arrayContaining(['11:58 triage-conflict shortAnswer']),
    );
  });

  it('refuses the sunburn page: confusion under GP/111 and no urgent box', () => {
    expect(at('what-is-the-best-way-to-treat-sunburn')).toEqual(
      expect.arrayContaining(['17:9 triage-conflict whenToGetHelp[0].signs[1]', '19:1 when-to-get-help whenToGetHelp']),
    );
  });

  it('refuses the constipation page: a bowel blockage only in the GP box, no urgent box, "works" without a trial', () => {
    expect(at('what-helps-with-constipation')).toEqual(
      expect.arrayContaining([
        '13:1 verdict-evidence verdict',
        '21:9 triage-conflict whenToGetHelp[0].signs[3]',
        '23:1 when-to-get-help whenToGetHelp',
      ]),
    );
  });
});

describe('one sign, one action across pages', () => {
  const page = readFileSync(`${BROKEN}/questions/sign-level-across-pages-a.mdx`, 'utf8');
  const asPage = (name: string, action: string) => ({
    path: `content/questions/${name}.mdx`,
    contentPath: `questions/${name}.mdx`,
    text: page
      .replace('Sign level across pages a?', `Sign level across pages ${name}?`)
      .replace('action: 999-or-ae', `action: ${action}`),
  });
  const conflicts = (pages: ReturnType<typeof asPage>[]) =>
    checkContent(pages, { ...contentSchema(), today: TODAY, editorial })
      .filter((problem) => problem.rule === 'triage-conflict')
      .map((problem) => `${problem.file}: ${problem.message}`);

  it('tells each page of the first other page, in file order, that sends the sign elsewhere', () => {
    expect(conflicts([asPage('p1', '999-or-ae'), asPage('p2', 'urgent-gp-or-111'), asPage('p3', '999-or-ae')])).toEqual(
      [
        expect.stringMatching(/^content\/questions\/p1\.mdx: .* but .* in content\/questions\/p2\.mdx/),
        expect.stringMatching(/^content\/questions\/p2\.mdx: .* but .* in content\/questions\/p1\.mdx/),
        expect.stringMatching(/^content\/questions\/p3\.mdx: .* but .* in content\/questions\/p2\.mdx/),
      ],
    );
  });

  it('says nothing when every page gives the sign the same action', () => {
    expect(conflicts(['p1', 'p2', 'p3', 'p4'].map((name) => asPage(name, '999-or-ae')))).toEqual([]);
  });
});

describe('npm run check on the valid corpus', () => {
  it('reports no problem (drafts, callouts, internal links by slug, title and alias included)', async () => {
    expect(await check(VALID)).toEqual([]);
  });
});

describe('GitHub annotations', () => {
  it('shows a warning as a warning, not an error', () => {
    const warning: CheckProblem = {
      rule: 'near-duplicate',
      severity: 'warning',
      file: 'content/questions/a.mdx',
      field: 'title',
      message: 'may ask the same question',
      line: 2,
      column: 1,
    };
    expect(formatGithubAnnotation(warning)).toMatch(/^::warning file=content\/questions\/a\.mdx,line=2,/);
    expect(formatProblem(warning)).toBe('content/questions/a.mdx:2:1  warning: title: may ask the same question');
  });

  it('puts the file, line and column in the command and escapes what GitHub would misread', () => {
    const problem: CheckProblem = {
      rule: 'source-url',
      severity: 'error',
      file: 'content/questions/a,b.mdx',
      field: 'sources[0].url',
      message: '50% done\nnext',
      line: 13,
      column: 5,
    };
    expect(formatGithubAnnotation(problem)).toBe(
      '::error file=content/questions/a%2Cb.mdx,line=13,col=5,title=sources[0].url (source-url)::50%25 done%0Anext',
    );
  });
});
