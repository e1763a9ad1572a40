// The browser editor (/keystatic). It covers the site's header and footer: the editor is a whole app.
import { KeystaticApp } from '@/editor/keystatic-app';

export const metadata = { title: 'Editor', robots: { index: false, follow: false } };

export default function EditorLayout() {
  return (
    <div className="fixed inset-0 z-50 overflow-auto bg-white text-base">
      <KeystaticApp />
    </div>
  );
}
