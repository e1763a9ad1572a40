// Keeps question bodies content, not programs: finds ESM, JavaScript expressions, unknown JSX,
// raw <script>/<style>/<iframe>, event handlers and script URLs on the MDX syntax tree, before
// anything is compiled. Used by `npm run check` and, as a remark plugin, by Contentlayer itself.
import type { Root } from 'mdast';
import type {} from 'remark-mdx';
import { ALLOWED_COMPONENTS, CALLOUT_TYPES, isAllowedComponent } from './allowed-components';

export interface MdxProblem {
  line: number;
  column: number;
  message: string;
}

interface Positioned {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: Positioned[];
}

const RAW_HTML_ELEMENTS = new Set(['script', 'style', 'iframe']);
const SAFE_URL = /^(https?:|mailto:|\/|#|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;
const ALLOWED_LIST = Object.keys(ALLOWED_COMPONENTS).join(', ');

/** Every unsafe construct in a body tree; `lineOffset` is added to each line (the body's first line - 1). */
export function findUnsafeMdx(tree: Root, lineOffset = 0): MdxProblem[] {
  const problems: MdxProblem[] = [];
  const walk = (node: Positioned) => {
    // Nodes without a position were added by a trusted plugin (e.g. the frontmatter export), not written by an editor.
    const start = node.position?.start;
    if (start) {
      const report = (message: string) =>
        problems.push({ line: start.line + lineOffset, column: start.column, message });
      for (const message of problemsOf(node as Root['children'][number])) report(message);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree as Positioned);
  return problems;
}

function problemsOf(node: Root['children'][number] | Positioned): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return ['import/export is not allowed in a question body (bodies are content, not code); remove this line'];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return ['JavaScript expressions `{...}` are not allowed in a question body; write a literal brace as \\{'];
    case 'html':
      return ['raw HTML is not allowed in a question body; use Markdown'];
    case 'link':
    case 'image':
    case 'definition': {
      const url = (node as { url: string }).url.trim();
      return SAFE_URL.test(url) ? [] : [`link URL "${url}" is not allowed; use an http(s) address or a site path`];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsxProblems(node as Extract<Root['children'][number], { type: 'mdxJsxFlowElement' }>);
    default:
      return [];
  }
}

function jsxProblems(element: {
  name: string | null;
  attributes: ({ type: 'mdxJsxAttribute'; name: string; value?: unknown } | { type: 'mdxJsxExpressionAttribute' })[];
}): string[] {
  const problems: string[] = [];
  const { name } = element;
  if (name === null) problems.push('JSX fragments `<>` are not allowed in a question body');
  else if (RAW_HTML_ELEMENTS.has(name.toLowerCase())) problems.push(`raw <${name}> is not allowed in a question body`);
  else if (!isAllowedComponent(name))
    problems.push(`<${name}> is not an allowed component; use Markdown or one of: ${ALLOWED_LIST}`);

  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push('JavaScript expressions `{...}` are not allowed in JSX attributes');
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      problems.push(`event-handler attribute "${attribute.name}" is not allowed`);
      continue;
    }
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      problems.push(`attribute "${attribute.name}" must be a plain "string", not a JavaScript expression`);
      continue;
    }
    if (name !== null && isAllowedComponent(name)) {
      const allowed: readonly string[] = ALLOWED_COMPONENTS[name];
      if (!allowed.includes(attribute.name))
        problems.push(`<${name}> has no attribute "${attribute.name}"; use: ${allowed.join(', ')}`);
      else if (name === 'Callout' && attribute.name === 'type' && !isCalloutType(attribute.value))
        problems.push(`<Callout type> must be one of: ${CALLOUT_TYPES.join(', ')}`);
    }
  }
  return problems;
}

function isCalloutType(value: unknown): boolean {
  return typeof value === 'string' && (CALLOUT_TYPES as readonly string[]).includes(value);
}

export function formatMdxProblems(file: string, problems: readonly MdxProblem[]): string {
  return problems.map((problem) => `${file}:${problem.line}:${problem.column}  body: ${problem.message}`).join('\n');
}

interface FileLike {
  path?: string;
  /** Contentlayer puts the document's raw data here (`rawDocumentData.sourceFilePath`). */
  data: object;
}

/**
 * Remark plugin for Contentlayer: refuses to compile an unsafe body, naming file and line.
 * Contentlayer hands MDX the whole file (frontmatter included), so tree lines are file lines.
 */
export function remarkSafeMdx() {
  return (tree: Root, file: FileLike) => {
    const problems = findUnsafeMdx(tree);
    if (problems.length === 0) return;
    const source = (file.data as { rawDocumentData?: { sourceFilePath?: string } }).rawDocumentData?.sourceFilePath;
    const name = source ? `content/${source}` : (file.path ?? '<mdx>');
    throw new Error(`Unsafe MDX in ${name}:\n${formatMdxProblems(name, problems)}`);
  };
}
