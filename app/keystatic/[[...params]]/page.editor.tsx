// Every /keystatic/… address is the editor's own client-side route (the layout renders the editor).
export default function EditorPage() {
  return null;
}
