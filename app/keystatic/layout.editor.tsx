// The browser editor (/keystatic). The editor is a whole app: the site's header and footer are hidden
// around it (hidden, not covered: its menus and dialogs open in layers at the end of the body).
import { KeystaticApp } from '@/editor/keystatic-app';

export const metadata = { title: 'Editor', robots: { index: false, follow: false } };

const EDITOR_PAGE_CSS =
  'body > header, body > footer, body > a[href="#main"] { display: none } body > main { max-width: none; padding: 0 }';

export default function EditorLayout() {
  return (
    <>
      <style>{EDITOR_PAGE_CSS}</style>
      <KeystaticApp />
    </>
  );
}
