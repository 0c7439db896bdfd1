import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  DocumentNode,
  getIntrospectionQuery,
  getOperationAST,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  SelectionSetNode,
  typeFromAST,
  visit,
} from 'graphql';
import { CONFIG_VARIABLES } from '../config/app-config';
import { checkQueryLimits, operationComplexity, operationDepth } from './query-limits';

const ROOT = join(__dirname, '../../../../../..');
const schema = buildSchema(readFileSync(join(ROOT, 'apps/api/schema.gql'), 'utf8'));
const DEFAULTS = { maxDepth: Number(CONFIG_VARIABLES.GRAPHQL_MAX_DEPTH.default), maxComplexity: Number(CONFIG_VARIABLES.GRAPHQL_MAX_COMPLEXITY.default) };

describe('operationDepth', () => {
  it('counts nested fields and follows fragments and inline fragments', () => {
    expect(operationDepth(parse(`{ me { id } }`))).toBe(2);
    const doc = parse(`
      query Q { community(slug: "a") { ...C } }
      fragment C on Community { feed { edges { node { ... on FeedItem { actor { ...P } } } } } }
      fragment P on Person { id displayName }
    `);
    expect(operationDepth(doc, 'Q')).toBe(6);
  });

  it('measures the named operation of a document with several', () => {
    const doc = parse(`query A { me { id } } query B { community(slug: "a") { feed { edges { cursor } } } }`);
    expect(operationDepth(doc, 'A')).toBe(2);
    expect(operationDepth(doc, 'B')).toBe(4);
  });

  it('ignores introspection fields and never loops on a fragment cycle', () => {
    expect(operationDepth(parse(getIntrospectionQuery()))).toBe(0);
    const cyclic = parse(`query Q { me { ...A } } fragment A on User { id ...B } fragment B on User { ...A }`);
    expect(operationDepth(cyclic, 'Q')).toBe(2);
  });
});

describe('operationComplexity', () => {
  it('costs 1 per field and multiplies a page by its size (capped at 100)', () => {
    expect(operationComplexity(schema, parse(`{ me { id email } }`))).toBe(3);
    const page = (n: number) => operationComplexity(schema, parse(`query($n: Int!) { communities(first: $n) { edges { node { id } } } }`), { n });
    expect(page(10)).toBe(1 + 10 * 3);
    expect(page(100)).toBe(1 + 100 * 3);
    expect(page(5000)).toBe(page(100));
  });
});

describe('checkQueryLimits', () => {
  it('refuses a query nested deeper than the limit, before counting its cost', () => {
    const deep = parse(`{ case(id: "x") { community { feed(first: 1) { edges { node { case { community { feed(first: 1) { edges { node { case { community { name } } } } } } } } } } } } }`);
    expect(checkQueryLimits(schema, deep, {}, undefined, DEFAULTS)).toEqual({ code: 'QUERY_TOO_DEEP', depth: 13 });
    expect(checkQueryLimits(schema, deep, {}, undefined, { ...DEFAULTS, maxDepth: 13 })).toBeNull();
  });

  it('refuses pages of pages: 100 communities with 100 members each', () => {
    const wide = parse(`{ communities(first: 100) { edges { node { members(first: 100) { edges { node { person { id displayName } } } } } } } }`);
    const broken = checkQueryLimits(schema, wide, {}, undefined, DEFAULTS);
    expect(broken?.code).toBe('QUERY_TOO_COMPLEX');
    expect((broken as { complexity: number }).complexity).toBeGreaterThan(DEFAULTS.maxComplexity);
  });

  it('counts a list without a page size as 10 items, so nested lists multiply as the work does', () => {
    const one = operationComplexity(schema, parse(`{ case(id: "x") { responses { id } } }`));
    const nested = operationComplexity(schema, parse(`{ case(id: "x") { responses { replies { id } } } }`));
    expect(one).toBe(1 + (1 + 10 * 1));
    expect(nested).toBe(1 + (1 + 10 * (1 + 10 * 1)));
    // A page of cases with their responses and replies: 100 × 10 × 10 rows, over the default limit.
    const pages = parse(`{ cases(first: 100) { edges { node { responses { replies { id body } } } } } }`);
    expect(checkQueryLimits(schema, pages, {}, undefined, DEFAULTS)?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('leaves variables of the wrong type to execution (BAD_USER_INPUT), not counted as a cost', () => {
    const paged = parse(`query Page($n: Int!) { communities(first: $n) { edges { node { id } } } }`);
    expect(checkQueryLimits(schema, paged, { n: 'many' }, 'Page', DEFAULTS)).toBeNull();
    expect(checkQueryLimits(schema, paged, { n: 100 }, 'Page', { ...DEFAULTS, maxComplexity: 50 })?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a document with more fields than can be counted (aliases by the thousand)', () => {
    const aliases = Array.from({ length: 25_000 }, (_, i) => `a${i}: __typename`).join(' ');
    expect(checkQueryLimits(schema, parse(`{ ${aliases} }`), {}, undefined, { maxDepth: 12, maxComplexity: 1_000_000 })).toEqual({ code: 'QUERY_TOO_COMPLEX', complexity: null });
  });
});

// Every operation the web app sends, as GraphQL Code Generator wrote it (fragments included), must
// pass the default limits with the largest page the API allows: a deeper or heavier query added
// to the app fails here, not in production.
describe('the web app’s operations within the default limits', () => {
  const generated = readFileSync(join(ROOT, 'libs/web/graphql/src/generated/graphql.ts'), 'utf8');
  const documents = new Map<string, DocumentNode>();
  for (const m of generated.matchAll(/^export const (\w+Document) = (\{.*\}) as unknown as DocumentNode/gm)) documents.set(m[1], JSON.parse(m[2]) as DocumentNode);

  it('reads every operation of libs/web/graphql/src/*.operations.ts from the generated documents', () => {
    const dir = join(ROOT, 'libs/web/graphql/src');
    const declared = readdirSync(dir)
      .filter((f) => /operations\.ts$/.test(f))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/export const (\w+Document) = graphql\(/g)].map((m) => m[1]));
    expect(declared.length).toBeGreaterThan(100);
    expect(declared.filter((name) => !documents.has(name))).toEqual([]);
  });

  it('keeps each within GRAPHQL_MAX_DEPTH and GRAPHQL_MAX_COMPLEXITY', () => {
    const over: string[] = [];
    for (const [name, generatedDocument] of documents) {
      // As Apollo Client sends it: with __typename in every selection set.
      const document = withTypenames(generatedDocument);
      const variables = worstCaseVariables(document);
      const broken = checkQueryLimits(schema, document, variables, undefined, DEFAULTS);
      if (broken) over.push(`${name}: ${JSON.stringify(broken)}`);
    }
    expect(documents.size).toBeGreaterThan(100);
    expect(over).toEqual([]);
  });
});

function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: (node: SelectionSetNode, _key, parent) => {
      if ((parent as { kind?: string } | undefined)?.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
    },
  });
}

// Values for an operation's variables: page sizes at the API's maximum, anything else the smallest valid value.
function worstCaseVariables(document: DocumentNode): Record<string, unknown> {
  const operation = getOperationAST(document);
  const out: Record<string, unknown> = {};
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    out[name] = sampleValue(typeFromAST(schema, definition.type as never) as GraphQLInputType, name);
  }
  return out;
}

function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) if (isNonNullType(field.type)) fields[field.name] = sampleValue(field.type, field.name);
    return fields;
  }
  if (type.name === 'Int') return name === 'first' || name === 'last' ? 500 : 1;
  if (type.name === 'Float') return 1;
  if (type.name === 'Boolean') return false;
  return 'x';
}
