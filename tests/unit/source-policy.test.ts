import { describe, expect, it } from 'vitest';
import { TRUSTED_PUBLISHERS } from '@/data/trusted-publishers';
import { checkSourcePolicy, compileSourcePolicy, isValidDoi, type TrustedPublishers } from '@/lib/trust/source-policy';

const LIST: TrustedPublishers = {
  paperResolvers: ['doi.org', 'pubmed.ncbi.nlm.nih.gov'],
  publishers: [
    { name: 'NHS', kind: 'health-service', domains: ['nhs.uk'] },
    { name: 'National Institutes of Health', kind: 'health-service', domains: ['nih.gov'] },
    {
      name: 'National Heart, Lung, and Blood Institute',
      aliases: ['National Heart, Lung, and Blood Institute (NIH)'],
      kind: 'health-service',
      domains: ['nhlbi.nih.gov'],
    },
    { name: 'The Lancet', kind: 'journal', domains: ['thelancet.com'] },
    { name: 'The Lancet Public Health', kind: 'journal', domains: ['thelancet.com'] },
    { name: 'Sleep', kind: 'journal', domains: [] },
  ],
};
const policy = compileSourcePolicy(LIST, 'publishers.ts');
const rules = (source: Parameters<typeof checkSourcePolicy>[0], updated?: string) =>
  checkSourcePolicy(source, policy, { updated }).map((problem) => `${problem.field}: ${problem.rule}`);

const NHS = { url: 'https://www.nhs.uk/conditions/insomnia/', publisher: 'NHS', year: 2024 };
const PAPER = { url: 'https://doi.org/10.1000/182', publisher: 'Sleep', year: 2020, doi: '10.1000/182' };

describe('checkSourcePolicy', () => {
  it('accepts a listed publisher on its own domain or a subdomain, and a journal paper with its DOI', () => {
    expect(rules(NHS, '2026-01-01')).toEqual([]);
    expect(rules({ ...NHS, url: 'https://NHS.UK./x' })).toEqual([]);
    expect(rules(PAPER, '2026-01-01')).toEqual([]);
    expect(rules({ url: 'https://pubmed.ncbi.nlm.nih.gov/30415629/', publisher: 'Sleep', pmid: '30415629' })).toEqual(
      [],
    );
  });

  it('fails an address on no listed domain, saying where to add a publisher deliberately', () => {
    const [problem] = checkSourcePolicy({ ...NHS, url: 'https://www.healthblog.example/nhs.uk' }, policy);
    expect(problem).toMatchObject({ rule: 'source-domain', field: 'url' });
    expect(problem.message).toContain('www.healthblog.example is not the domain of a trusted publisher');
    expect(problem.message).toContain('add this publisher there deliberately');
    expect(problem.message).toContain('publishers.ts');
    // A look-alike domain is not a subdomain.
    expect(rules({ ...NHS, url: 'https://fakenhs.uk/' })).toEqual(['url: source-domain']);
  });

  it('matches the publisher to the most specific domain, accepting its listed spellings', () => {
    const nhlbi = { url: 'https://www.nhlbi.nih.gov/health/heart-attack', year: 2022 };
    expect(rules({ ...nhlbi, publisher: 'National Heart, Lung, and Blood Institute' })).toEqual([]);
    expect(rules({ ...nhlbi, publisher: 'National Heart, Lung, and Blood Institute (NIH)' })).toEqual([]);
    const [problem] = checkSourcePolicy({ ...nhlbi, publisher: 'National Institutes of Health' }, policy);
    expect(problem.message).toBe(
      '"National Institutes of Health" is not the publisher of www.nhlbi.nih.gov; write "National Heart, Lung, and Blood Institute", or correct the url',
    );
    expect(rules({ ...NHS, publisher: 'Mayo Clinic' })).toEqual(['publisher: source-publisher']);
  });

  it('lets a shared journal domain name any of its journals', () => {
    const lancet = { url: 'https://www.thelancet.com/journals/x', year: 2020, doi: '10.1016/x' };
    expect(rules({ ...lancet, publisher: 'The Lancet Public Health' })).toEqual([]);
    expect(rules({ ...lancet, publisher: 'NHS' })).toEqual(['publisher: source-publisher']);
  });

  it('wants a journal on the list as the publisher of a paper cited through doi.org', () => {
    const [problem] = checkSourcePolicy({ ...PAPER, publisher: 'Journal of Things' }, policy);
    expect(problem).toMatchObject({ rule: 'source-publisher', field: 'publisher' });
    expect(problem.message).toContain('"Journal of Things" is not a journal on the trusted list');
    expect(rules({ ...PAPER, publisher: 'NHS' })).toEqual(['publisher: source-publisher']);
  });

  it('wants a DOI or PMID for a paper, at doi.org or on a journal domain', () => {
    expect(rules({ url: 'https://doi.org/10.1000/182', publisher: 'Sleep' })).toEqual(['url: paper-identifier']);
    expect(rules({ url: 'https://www.thelancet.com/x', publisher: 'The Lancet' })).toEqual(['url: paper-identifier']);
    expect(rules({ url: 'https://www.thelancet.com/x', publisher: 'The Lancet', pmid: '123' })).toEqual([]);
    expect(rules(NHS)).toEqual([]);
  });

  it('fails a DOI that is malformed, written as an address, or not the one in the url', () => {
    expect(checkSourcePolicy({ ...PAPER, doi: 'https://doi.org/10.1000/182' }, policy)[0].message).toBe(
      'write the DOI alone ("10.1000/182"), without "https://doi.org/" or "doi:"',
    );
    expect(rules({ ...PAPER, doi: '10.10/182' })).toEqual(['doi: source-identifier']);
    expect(rules({ ...PAPER, doi: '10.1000/1 82' })).toEqual(['doi: source-identifier']);
    expect(checkSourcePolicy({ ...PAPER, doi: '10.1000/183' }, policy)[0].message).toContain(
      'is not the DOI in the url (10.1000/182)',
    );
    // DOIs are case-insensitive.
    expect(rules({ ...PAPER, url: 'https://doi.org/10.1000/ABC', doi: '10.1000/abc' })).toEqual([]);
    expect(rules({ ...PAPER, pmid: 'PMID 123' })).toEqual(['pmid: source-identifier']);
  });

  it("fails a source year after the page's updated date, not one in the same year", () => {
    expect(rules({ ...NHS, year: 2026 }, '2026-01-01')).toEqual([]);
    const [problem] = checkSourcePolicy({ ...NHS, year: 2027 }, policy, { updated: '2026-11-20' });
    expect(problem).toMatchObject({ rule: 'source-year', field: 'year' });
    expect(problem.message).toContain("2027 is after the page's updated date (2026-11-20)");
  });

  it('leaves an address that is not a web address to its own rule', () => {
    expect(rules({ ...NHS, url: 'www.nhs.uk/conditions/insomnia/' })).toEqual([]);
  });
});

describe('isValidDoi', () => {
  it('accepts DOIs as printed and rejects look-alikes', () => {
    for (const doi of ['10.1056/NEJMoa1809944', '10.1002/14651858.CD009402.pub3', '10.1136/bjsports-2013-092538'])
      expect(isValidDoi(doi), doi).toBe(true);
    for (const doi of ['10.1056', 'doi:10.1056/x', '11.1056/x', '10.105/x', ' 10.1056/x'])
      expect(isValidDoi(doi)).toBe(false);
  });
});

describe('the shipped list of trusted publishers', () => {
  it('names each publisher once and gives every non-journal a domain', () => {
    const names = TRUSTED_PUBLISHERS.publishers.flatMap((publisher) => [publisher.name, ...(publisher.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    for (const publisher of TRUSTED_PUBLISHERS.publishers) {
      if (publisher.kind !== 'journal') expect(publisher.domains.length, publisher.name).toBeGreaterThan(0);
      for (const domain of publisher.domains) expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
  });

  it('shares a domain only between publishers of one kind, never with a resolver', () => {
    const owners = new Map<string, string[]>();
    for (const publisher of TRUSTED_PUBLISHERS.publishers)
      for (const domain of publisher.domains) owners.set(domain, [...(owners.get(domain) ?? []), publisher.kind]);
    for (const [domain, kinds] of owners) {
      expect(TRUSTED_PUBLISHERS.paperResolvers, domain).not.toContain(domain);
      expect(new Set(kinds).size, domain).toBe(1);
    }
  });
});
