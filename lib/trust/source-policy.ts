// The source policy, as pure rules over one source: its address must be on a trusted publisher's
// domain, its `publisher` must be that publisher, a paper carries a valid DOI or PMID, and nothing
// cited can be newer than the page. The list itself is data (data/trusted-publishers.ts).
import { didYouMean } from '../content/suggest';

export type PublisherKind = 'health-service' | 'clinical-organisation' | 'journal';

export interface TrustedPublisher {
  /** The name a source's `publisher` field must use. */
  name: string;
  /** Other spellings already in use that name the same publisher. */
  aliases?: readonly string[];
  kind: PublisherKind;
  /** Domains of the publisher's own pages; each covers its subdomains. */
  domains: readonly string[];
}

export interface TrustedPublishers {
  /** Domains that lead to a paper of any journal (doi.org, PubMed). */
  paperResolvers: readonly string[];
  publishers: readonly TrustedPublisher[];
}

export type SourcePolicyRule =
  'source-domain' | 'source-publisher' | 'source-identifier' | 'paper-identifier' | 'source-year';

export interface SourcePolicyProblem {
  rule: SourcePolicyRule;
  /** The source's field at fault. */
  field: 'url' | 'publisher' | 'doi' | 'pmid' | 'year';
  message: string;
}

/** The fields of a source the policy reads, as written (the schema checks their types). */
export interface PolicySource {
  url?: unknown;
  publisher?: unknown;
  year?: unknown;
  doi?: unknown;
  pmid?: unknown;
}

interface DomainEntry {
  resolver: boolean;
  publishers: TrustedPublisher[];
}

/** The list indexed by domain, built once for every source of every question. */
export interface SourcePolicy {
  byDomain: ReadonlyMap<string, DomainEntry>;
  journals: ReadonlySet<string>;
  listFile: string;
}

export const TRUSTED_PUBLISHERS_FILE = 'data/trusted-publishers.ts';

export function compileSourcePolicy(list: TrustedPublishers, listFile = TRUSTED_PUBLISHERS_FILE): SourcePolicy {
  const byDomain = new Map<string, DomainEntry>();
  const entry = (domain: string) => {
    const key = normaliseHost(domain);
    let found = byDomain.get(key);
    if (!found) {
      found = { resolver: false, publishers: [] };
      byDomain.set(key, found);
    }
    return found;
  };
  for (const domain of list.paperResolvers) entry(domain).resolver = true;
  for (const publisher of list.publishers)
    for (const domain of publisher.domains) entry(domain).publishers.push(publisher);
  const journals = new Set(
    list.publishers.filter((publisher) => publisher.kind === 'journal').flatMap((publisher) => namesOf(publisher)),
  );
  return { byDomain, journals, listFile };
}

function namesOf(publisher: TrustedPublisher): string[] {
  return [publisher.name, ...(publisher.aliases ?? [])];
}

function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? normaliseHost(parsed.hostname) : undefined;
  } catch {
    return undefined;
  }
}

/** The most specific listed domain that `host` is, or is a subdomain of. */
function lookUp(policy: SourcePolicy, host: string): DomainEntry | undefined {
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i += 1) {
    const found = policy.byDomain.get(labels.slice(i).join('.'));
    if (found) return found;
  }
  return undefined;
}

// A DOI is "10.", a registrant code of digits (dot-separated parts allowed), "/", and a suffix
// without spaces (DOI Handbook, section 2.2).
const DOI = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;
const PMID = /^[1-9]\d{0,8}$/;

export function isValidDoi(value: string): boolean {
  return DOI.test(value);
}

function quoteList(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(' or ');
}

/** The DOI a doi.org address points to, if it is one. */
function doiInUrl(url: string, host: string): string | undefined {
  if (host !== 'doi.org' && host !== 'dx.doi.org') return undefined;
  try {
    return decodeURIComponent(new URL(url).pathname.slice(1)) || undefined;
  } catch {
    return undefined;
  }
}

function checkIdentifiers(source: PolicySource, host: string | undefined, problems: SourcePolicyProblem[]) {
  const { doi, pmid } = source;
  if (typeof doi === 'string') {
    const bare = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)(.+)$/i.exec(doi.trim());
    if (bare) {
      problems.push({
        rule: 'source-identifier',
        field: 'doi',
        message: `write the DOI alone ("${bare[1]}"), without "https://doi.org/" or "doi:"`,
      });
    } else if (!isValidDoi(doi.trim())) {
      problems.push({
        rule: 'source-identifier',
        field: 'doi',
        message: `"${doi}" is not a DOI: a DOI reads 10.<registrant>/<suffix>, as printed on the paper`,
      });
    } else if (typeof source.url === 'string' && host) {
      const inUrl = doiInUrl(source.url, host);
      if (inUrl !== undefined && inUrl.toLowerCase() !== doi.trim().toLowerCase()) {
        problems.push({
          rule: 'source-identifier',
          field: 'doi',
          message: `"${doi}" is not the DOI in the url (${inUrl}); correct whichever is wrong so both name the same paper`,
        });
      }
    }
  }
  if (typeof pmid === 'string' && !PMID.test(pmid.trim())) {
    problems.push({
      rule: 'source-identifier',
      field: 'pmid',
      message: `"${pmid}" is not a PubMed id: a PMID is the number in the paper's address pubmed.ncbi.nlm.nih.gov/<PMID>/`,
    });
  }
}

export interface SourcePolicyContext {
  /** The page's `updated` date (YYYY-MM-DD), if known. */
  updated?: string;
}

/** Every way one source breaks the policy; an address that is not a web address is left to its own rule. */
export function checkSourcePolicy(
  source: PolicySource,
  policy: SourcePolicy,
  { updated }: SourcePolicyContext = {},
): SourcePolicyProblem[] {
  const problems: SourcePolicyProblem[] = [];
  const host = typeof source.url === 'string' ? hostOf(source.url) : undefined;
  const publisher = typeof source.publisher === 'string' ? source.publisher.trim() : undefined;
  const listed = host ? lookUp(policy, host) : undefined;

  if (host && !listed) {
    problems.push({
      rule: 'source-domain',
      field: 'url',
      message: `${host} is not the domain of a trusted publisher; cite a publisher on the list in ${policy.listFile}, or add this publisher there deliberately, in its own pull request (see CONTRIBUTING.md, "Sourcing rules")`,
    });
  }

  const isPaper = !!listed && (listed.resolver || listed.publishers.some((entry) => entry.kind === 'journal'));
  if (listed && publisher !== undefined) {
    const accepted = listed.publishers.flatMap((entry) => namesOf(entry));
    if (listed.resolver && !policy.journals.has(publisher) && !accepted.includes(publisher)) {
      problems.push({
        rule: 'source-publisher',
        field: 'publisher',
        message: `"${publisher}" is not a journal on the trusted list: a paper at ${host} is published by its journal; write the journal's name as ${policy.listFile} lists it${didYouMean(publisher, policy.journals)}, or add the journal there deliberately`,
      });
    } else if (!listed.resolver && !accepted.includes(publisher)) {
      const names = listed.publishers.map((entry) => entry.name);
      problems.push({
        rule: 'source-publisher',
        field: 'publisher',
        message: `"${publisher}" is not the publisher of ${host}; write ${quoteList(names)}, or correct the url`,
      });
    }
  }

  checkIdentifiers(source, host, problems);
  if (isPaper && source.doi === undefined && source.pmid === undefined) {
    problems.push({
      rule: 'paper-identifier',
      field: 'url',
      message: `a paper (at ${host}) needs its "doi" or "pmid", so readers and search engines can find it whatever its address; add the one printed on the paper`,
    });
  }

  const updatedYear = updated ? Number(updated.slice(0, 4)) : undefined;
  if (typeof source.year === 'number' && updatedYear !== undefined && source.year > updatedYear) {
    problems.push({
      rule: 'source-year',
      field: 'year',
      message: `${source.year} is after the page's updated date (${updated}); correct the year, or the page's "updated" date if the page changed when this source was added`,
    });
  }
  return problems;
}
