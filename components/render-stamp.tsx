// When this HTML was generated (at build or by an ISR regeneration), as a <meta> React hoists into
// <head>: lets an operator, and the shared-cache test, tell which render a response came from.
export function RenderStamp() {
  return <meta name="generated-at" content={new Date().toISOString()} />;
}
