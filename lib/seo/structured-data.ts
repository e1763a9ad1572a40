// Pure JSON-LD builders: each turns plain content data into a typed schema.org object (schema-dts),
// plus the one serialiser that makes the result safe inside a <script> tag.
// Objects are built as the exact (leaf) types: checked against schema-dts's wide unions (Organization
// has hundreds of members), this one file took 5 s of every type check; as leaves, a fraction of that.
import { reviewDates } from '../trust/review-dates';
import type {
  AnswerLeaf,
  BreadcrumbList,
  CollectionPage,
  CreativeWorkLeaf,
  FAQPage,
  ItemListLeaf,
  ListItemLeaf,
  MedicalWebPage,
  OrganizationLeaf,
  PersonLeaf,
  PropertyValueLeaf,
  QuestionLeaf,
  ScholarlyArticleLeaf,
  Thing,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { Crumb } from '../pages/breadcrumbs';
import type { CitedSource } from '../content/citations';
import { isoDay } from '../content/dates';
import { absoluteUrl, site } from '../site';
import type { Reviewer } from '../trust/reviewers';

export type JsonLdObject = WithContext<Thing>;

export interface QuestionForStructuredData {
  url: string;
  title: string;
  summary: string;
  published: string;
  updated: string;
  reviewed?: string;
  /** The clinical reviewer, from the registry (data/reviewers.ts). */
  reviewer?: Pick<Reviewer, 'name' | 'credentials' | 'profileUrl'>;
  tags: readonly { name: string }[];
  faqs: readonly { question: string; answer: string }[];
  sources: readonly CitedSource[];
}

export interface CollectionForStructuredData {
  name: string;
  description: string;
  path: string;
  questions: readonly { title: string; url: string }[];
}

const WEBSITE_ID = `${site.url}/#website`;
const ORGANIZATION_ID = `${site.url}/#organization`;

/** The site as the Organization that writes and publishes every page. */
export function siteOrganization(): OrganizationLeaf {
  return {
    '@type': 'Organization',
    '@id': ORGANIZATION_ID,
    name: site.name,
    url: absoluteUrl('/'),
    publishingPrinciples: absoluteUrl(site.editorialPolicyPath),
  };
}

function sourceIdentifiers(source: CitedSource): PropertyValueLeaf[] {
  const ids: PropertyValueLeaf[] = [];
  if (source.doi) ids.push({ '@type': 'PropertyValue', propertyID: 'DOI', value: source.doi });
  if (source.pmid) ids.push({ '@type': 'PropertyValue', propertyID: 'PMID', value: source.pmid });
  return ids;
}

export function citation(source: CitedSource): ScholarlyArticleLeaf | CreativeWorkLeaf {
  const identifier = sourceIdentifiers(source);
  const publisher: OrganizationLeaf = { '@type': 'Organization', name: source.publisher };
  const work = { name: source.title, url: source.url, publisher, datePublished: String(source.year) };
  // A work with a DOI or PubMed id is a paper; anything else (a guideline, a patient page) a creative work.
  return identifier.length > 0
    ? { '@type': 'ScholarlyArticle', ...work, identifier }
    : { '@type': 'CreativeWork', ...work };
}

export function medicalWebPageJsonLd(question: QuestionForStructuredData): WithContext<MedicalWebPage> {
  const url = absoluteUrl(question.url);
  const reviewer = question.reviewer;
  const reviewedBy: PersonLeaf | undefined = reviewer && {
    '@type': 'Person',
    name: reviewer.name,
    honorificSuffix: reviewer.credentials,
    url: reviewer.profileUrl,
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': `${url}#webpage`,
    url,
    name: question.title,
    headline: question.title,
    description: question.summary,
    inLanguage: site.locale,
    datePublished: isoDay(question.published),
    dateModified: isoDay(question.updated),
    lastReviewed: reviewDates(question).lastReviewed,
    ...(reviewedBy ? { reviewedBy } : {}),
    author: siteOrganization(),
    publisher: siteOrganization(),
    isPartOf: { '@id': WEBSITE_ID },
    breadcrumb: { '@id': `${url}#breadcrumb` },
    publishingPrinciples: absoluteUrl(site.editorialPolicyPath),
    keywords: question.tags.map((tag) => tag.name).join(', '),
    citation: question.sources.map(citation),
  };
}

export function faqPageJsonLd(question: Pick<QuestionForStructuredData, 'url' | 'faqs'>): WithContext<FAQPage> {
  const url = absoluteUrl(question.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    '@id': `${url}#faq`,
    url,
    mainEntity: question.faqs.map((faq): QuestionLeaf => {
      const acceptedAnswer: AnswerLeaf = { '@type': 'Answer', text: faq.answer };
      return { '@type': 'Question', name: faq.question, acceptedAnswer };
    }),
  };
}

/** The trail's last crumb is the page itself, whose URL names the list. */
export function breadcrumbListJsonLd(trail: readonly Crumb[]): WithContext<BreadcrumbList> {
  const page = trail.at(-1);
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    ...(page ? { '@id': `${absoluteUrl(page.path)}#breadcrumb` } : {}),
    itemListElement: trail.map((crumb, index): ListItemLeaf => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

export function collectionPageJsonLd(collection: CollectionForStructuredData): WithContext<CollectionPage> {
  const url = absoluteUrl(collection.path);
  const mainEntity: ItemListLeaf = {
    '@type': 'ItemList',
    numberOfItems: collection.questions.length,
    itemListElement: collection.questions.map((question, index): ListItemLeaf => ({
      '@type': 'ListItem',
      position: index + 1,
      name: question.title,
      url: absoluteUrl(question.url),
    })),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': `${url}#webpage`,
    url,
    name: collection.name,
    description: collection.description,
    inLanguage: site.locale,
    isPartOf: { '@id': WEBSITE_ID },
    breadcrumb: { '@id': `${url}#breadcrumb` },
    mainEntity,
  };
}

export function webSiteJsonLd(): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': WEBSITE_ID,
    url: absoluteUrl('/'),
    name: site.name,
    description: site.description,
    inLanguage: site.locale,
    publisher: siteOrganization(),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<` becomes `\u003c` (as the Next.js docs
 * advise), so no string in the content can close the script tag or open a comment; JSON.parse
 * still reads the original text.
 */
export function serializeJsonLd(data: JsonLdObject): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
