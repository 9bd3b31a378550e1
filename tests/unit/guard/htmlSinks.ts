// Finds the places where code hands something to an API that writes strings as HTML (Leaflet's tooltips,
// popups and icons, innerHTML and its kin, React's dangerouslySetInnerHTML) and that something is not
// provably inert: a constant string, or a DOM node. Parsed with the oxc parser Vite ships (parseSync).
import { parseSync } from 'vite';

interface AstNode {
  type: string;
  start: number;
  [key: string]: unknown;
}

const isNode = (v: unknown): v is AstNode =>
  typeof v === 'object' && v !== null && typeof (v as AstNode).type === 'string';

/** Method calls whose argument at this position Leaflet or the DOM writes as HTML when it is a string. */
const CALL_SINKS = new Map<string, number>(
  Object.entries({
    bindTooltip: 0,
    bindPopup: 0,
    setContent: 0,
    setTooltipContent: 0,
    setPopupContent: 0,
    insertAdjacentHTML: 1,
    setHTMLUnsafe: 0,
    createContextualFragment: 0,
  }),
);
/** document.write(ln): only on `document`, the names being common. */
const DOCUMENT_SINKS = new Set(['write', 'writeln']);
const PROPERTY_SINKS = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
/** Factories whose options object carries HTML: divIcon({ html }), tooltip/popup({ content }). */
const OPTION_SINKS = new Map(
  Object.entries({ divIcon: 'html', DivIcon: 'html', tooltip: 'content', popup: 'content' }),
);
/** Types a `satisfies` may name to prove a node: tsc checks the claim. */
const NODE_TYPE = /^(Node|Element|Text|DocumentFragment|HTMLElement|SVGElement|(HTML|SVG)\w*Element)$/;

export interface Finding {
  line: number;
  sink: string;
  code: string;
}

/** The name of a callee or member: `a.b.bindTooltip` → bindTooltip, `divIcon` → divIcon. */
function nameOf(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'Identifier') return node.name as string;
  if (node.type === 'MemberExpression' && !node.computed) return nameOf(node.property);
  return undefined;
}

export function findHtmlSinks(file: string, source: string): Finding[] {
  const { program, errors } = parseSync(file, source);
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]?.message}`);
  const findings: Finding[] = [];
  const lineOf = (n: AstNode) => source.slice(0, n.start).split('\n').length;
  const report = (sink: string, n: AstNode) =>
    findings.push({ line: lineOf(n), sink, code: source.slice(n.start, (n.end as number) ?? n.start).slice(0, 120) });

  // Declarations by name, so that `const tip = textElement(...)` makes `bindTooltip(tip)` inert.
  const declared = new Map<string, AstNode[]>();
  walk(program as unknown as AstNode, (n) => {
    if (n.type === 'VariableDeclarator' && isNode(n.id) && n.id.type === 'Identifier' && isNode(n.init))
      declared.set(n.id.name as string, [...(declared.get(n.id.name as string) ?? []), n.init]);
    if (n.type === 'FunctionDeclaration' && isNode(n.id))
      declared.set(n.id.name as string, [...(declared.get(n.id.name as string) ?? []), n]);
  });

  const inert = (n: unknown, depth = 0): boolean => {
    if (!isNode(n) || depth > 8) return false;
    switch (n.type) {
      case 'Literal':
        return typeof n.value === 'string';
      case 'TemplateLiteral':
        return (n.expressions as unknown[]).length === 0;
      case 'ParenthesizedExpression':
        return inert(n.expression, depth + 1);
      case 'TSSatisfiesExpression': {
        const t = n.typeAnnotation as AstNode;
        return t.type === 'TSTypeReference' && NODE_TYPE.test(nameOf(t.typeName) ?? '');
      }
      case 'CallExpression': {
        const callee = n.callee as AstNode;
        if (callee.type === 'Identifier') return callee.name === 'textElement';
        return (
          callee.type === 'MemberExpression' &&
          nameOf(callee.object) === 'document' &&
          ['createElement', 'createTextNode', 'createElementNS'].includes(nameOf(callee.property) ?? '')
        );
      }
      case 'ConditionalExpression':
        return inert(n.consequent, depth + 1) && inert(n.alternate, depth + 1);
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
      case 'FunctionDeclaration': {
        const body = n.body as AstNode;
        if (body.type !== 'BlockStatement') return inert(body, depth + 1);
        const returns: AstNode[] = [];
        walk(body, (x) => x.type === 'ReturnStatement' && returns.push(x), true);
        return returns.length > 0 && returns.every((r) => inert(r.argument, depth + 1));
      }
      case 'Identifier': {
        const found = declared.get(n.name as string) ?? [];
        return found.length > 0 && found.every((d) => inert(d, depth + 1));
      }
      default:
        return false;
    }
  };

  walk(program as unknown as AstNode, (n) => {
    if (n.type === 'CallExpression' || n.type === 'NewExpression') {
      const callee = n.callee as AstNode;
      const name = nameOf(callee) ?? '';
      const args = n.arguments as AstNode[];
      const at = CALL_SINKS.get(name);
      const documentSink =
        DOCUMENT_SINKS.has(name) && callee.type === 'MemberExpression' && nameOf(callee.object) === 'document';
      if (callee.type === 'MemberExpression' && (at !== undefined || documentSink)) {
        const arg = args[at ?? 0];
        if (!inert(arg)) report(name, arg ?? n);
      }
      const option = OPTION_SINKS.get(name);
      if (option)
        for (const arg of args)
          if (arg.type === 'ObjectExpression')
            for (const p of arg.properties as AstNode[])
              if (p.type === 'Property' && nameOf(p.key) === option && !inert(p.value))
                report(`${name}({ ${option} })`, p);
    }
    if (n.type === 'AssignmentExpression') {
      const left = n.left as AstNode;
      const name = left.type === 'MemberExpression' ? nameOf(left.property) : undefined;
      if (name && PROPERTY_SINKS.has(name) && (n.operator !== '=' || !inert(n.right))) report(name, n);
    }
    if (n.type === 'JSXAttribute' && (n.name as AstNode).name === 'dangerouslySetInnerHTML') {
      const value = (n.value as AstNode | null)?.expression as AstNode | undefined;
      const html =
        value?.type === 'ObjectExpression'
          ? (value.properties as AstNode[]).find((p) => p.type === 'Property' && nameOf(p.key) === '__html')
          : undefined;
      if (!html || !inert(html.value)) report('dangerouslySetInnerHTML', n);
    }
  });
  return findings;
}

/** Every AST node under `root`, depth first; `shallow` stops at nested functions (their returns are theirs). */
function walk(root: AstNode, visit: (n: AstNode) => void, shallow = false) {
  const stack: AstNode[] = [root];
  while (stack.length) {
    const n = stack.pop() as AstNode;
    visit(n);
    for (const [key, v] of Object.entries(n)) {
      if (key === 'parent') continue;
      for (const child of Array.isArray(v) ? v : [v])
        if (isNode(child)) {
          if (shallow && /Function/.test(child.type)) continue;
          stack.push(child);
        }
    }
  }
}
