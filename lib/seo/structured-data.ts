// Pure JSON-LD builders: each turns plain content data into a typed schema.org object (schema-dts),
// plus the one serialiser that makes the result safe inside a <script> tag.
import type {
  BreadcrumbList,
  CollectionPage,
  CreativeWork,
  FAQPage,
  MedicalWebPage,
  Organization,
  PropertyValue,
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
export function siteOrganization(): Organization {
  return {
    '@type': 'Organization',
    '@id': ORGANIZATION_ID,
    name: site.name,
    url: absoluteUrl('/'),
    publishingPrinciples: absoluteUrl(site.editorialPolicyPath),
  };
}

function sourceIdentifiers(source: CitedSource): PropertyValue[] {
  const ids: PropertyValue[] = [];
  if (source.doi) ids.push({ '@type': 'PropertyValue', propertyID: 'DOI', value: source.doi });
  if (source.pmid) ids.push({ '@type': 'PropertyValue', propertyID: 'PMID', value: source.pmid });
  return ids;
}

export function citation(source: CitedSource): CreativeWork {
  const identifier = sourceIdentifiers(source);
  return {
    '@type': identifier.length > 0 ? 'ScholarlyArticle' : 'CreativeWork',
    name: source.title,
    url: source.url,
    publisher: { '@type': 'Organization', name: source.publisher },
    datePublished: String(source.year),
    ...(identifier.length > 0 ? { identifier } : {}),
  };
}

export function medicalWebPageJsonLd(question: QuestionForStructuredData): WithContext<MedicalWebPage> {
  const url = absoluteUrl(question.url);
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
    ...(question.reviewed ? { lastReviewed: isoDay(question.reviewed) } : {}),
    ...(question.reviewer
      ? {
          reviewedBy: {
            '@type': 'Person',
            name: question.reviewer.name,
            honorificSuffix: question.reviewer.credentials,
            url: question.reviewer.profileUrl,
          },
        }
      : {}),
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
    mainEntity: question.faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: faq.answer },
    })),
  };
}

/** The trail's last crumb is the page itself, whose URL names the list. */
export function breadcrumbListJsonLd(trail: readonly Crumb[]): WithContext<BreadcrumbList> {
  const page = trail.at(-1);
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    ...(page ? { '@id': `${absoluteUrl(page.path)}#breadcrumb` } : {}),
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

export function collectionPageJsonLd(collection: CollectionForStructuredData): WithContext<CollectionPage> {
  const url = absoluteUrl(collection.path);
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
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: collection.questions.length,
      itemListElement: collection.questions.map((question, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: question.title,
        url: absoluteUrl(question.url),
      })),
    },
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
