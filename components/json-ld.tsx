// Renders JSON-LD structured data; the only place a script tag gets JSON, always through the escaping serialiser.
import { serializeJsonLd, type JsonLdObject } from '@/lib/seo/structured-data';

export function JsonLd({ data }: { data: JsonLdObject }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
