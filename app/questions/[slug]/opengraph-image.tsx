// The Open Graph image of a question: its title, category and the site name, drawn with next/og's
// bundled font (the build has no network, so no web fonts).
import { ImageResponse } from 'next/og';
import { notFound } from 'next/navigation';
import { getCategory, getQuestionEntry } from '@/lib/content/store';
import { site } from '@/lib/site';
import { slugFromParam } from '@/lib/content/slug';

export const alt = `A question answered on ${site.name}`;
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const revalidate = false;

// None is drawn at build time: crawlers and shares fetch each image rarely, and prerendering one per
// prerendered question made a third of the build's pages. Each is drawn on its first request, then
// cached and revalidated like the long tail of questions (ISR).
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const entry = getQuestionEntry(slugFromParam((await params).slug));
  if (!entry) notFound();
  const category = getCategory(entry.category)?.title ?? entry.category;
  // Long titles step down in size so they stay inside the card.
  const titleSize = entry.title.length > 90 ? 52 : entry.title.length > 50 ? 64 : 76;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: 'linear-gradient(135deg, #f0f9ff 0%, #ffffff 60%)',
        color: '#0f172a',
      }}
    >
      <div
        style={{
          display: 'flex',
          alignSelf: 'flex-start',
          fontSize: 30,
          color: '#075985',
          background: '#e0f2fe',
          borderRadius: 999,
          padding: '8px 24px',
        }}
      >
        {category}
      </div>
      <div style={{ display: 'flex', fontSize: titleSize, lineHeight: 1.15 }}>{entry.title}</div>
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 32, color: '#334155' }}>
        <div style={{ width: 20, height: 20, borderRadius: 999, background: '#0284c7', marginRight: 16 }} />
        {site.name}
      </div>
    </div>,
    size,
  );
}
