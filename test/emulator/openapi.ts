import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/** Validates emulator answers against Clerk's own OpenAPI 3.0 description of FAPI. */

type Json = Record<string, unknown>;
const SPEC_ID = 'fapi-spec';

/**
 * OpenAPI 3.0 → JSON Schema: `nullable` becomes "null or the schema" (Ajv's own `nullable`
 * support refuses `nullable` beside `allOf`/`oneOf`, which this spec uses), and local `$ref`s
 * are made absolute so inline response schemas can reach the components.
 */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Json;
  const converted: Json = {};
  for (const [key, value] of Object.entries(rest)) {
    converted[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/')
      ? `${SPEC_ID}${value}`
      : key === 'properties'
        ? Object.fromEntries(Object.entries(value as Json).map(([name, schema]) => [name, toJsonSchema(schema)]))
        : toJsonSchema(value);
  }
  return nullable === true ? { anyOf: [{ type: 'null' }, converted] } : converted;
}

interface Operation {
  responses?: Record<string, Json>;
}

export interface Verdict {
  /** e.g. `POST /v1/client/sign_ins 422` */
  pair: string;
  /** null when the spec documents no JSON schema for this path, method and status. */
  errors: string[] | null;
}

export class FapiSpec {
  private readonly spec: { paths: Record<string, Record<string, Operation>>; components: Json };
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly cache = new Map<string, ValidateFunction | null>();
  private readonly templates: Array<{ path: string; pattern: RegExp }>;

  constructor(file: string) {
    this.spec = parse(readFileSync(file, 'utf8'), { uniqueKeys: false });
    addFormats(this.ajv);
    const components = this.spec.components as { schemas: Json };
    this.ajv.addSchema({ $id: SPEC_ID, components: { schemas: toJsonSchema(components.schemas) } });
    // Literal paths before templated ones, so `/v1/client/sessions` never matches a `{session_id}`.
    this.templates = Object.keys(this.spec.paths)
      .sort((a, b) => Number(a.includes('{')) - Number(b.includes('{')))
      .map((path) => ({ path, pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`) }));
  }

  /** The spec path for a concrete FAPI path, e.g. `/client/sign_ins/sia_1` → `/v1/client/sign_ins/{sign_in_id}`. */
  specPath(path: string): string | null {
    // clerk-js sends some paths with a trailing slash (`/me/backup_codes/`); the spec names them without.
    const bare = path.replace(/(.)\/$/, '$1');
    return this.templates.find(({ pattern }) => pattern.test(`/v1${bare}`))?.path ?? null;
  }

  private validatorFor(specPath: string, method: string, status: number): ValidateFunction | null {
    const key = `${method} ${specPath} ${status}`;
    if (!this.cache.has(key)) {
      let response = this.spec.paths[specPath]?.[method.toLowerCase()]?.responses?.[String(status)];
      const ref = response?.$ref;
      if (typeof ref === 'string') response = (this.spec.components.responses as Record<string, Json>)[ref.split('/').pop()!];
      const schema = (response?.content as Record<string, { schema?: unknown }> | undefined)?.['application/json']?.schema;
      this.cache.set(key, schema ? this.ajv.compile(toJsonSchema(schema) as Json) : null);
    }
    return this.cache.get(key)!;
  }

  /** Fallback check for answers the spec has no schema for: is it at least a Clerk error envelope? */
  readonly clerkErrors = (): ValidateFunction => this.ajv.getSchema(`${SPEC_ID}#/components/schemas/ClerkErrors`)!;

  validate(method: string, path: string, status: number, body: unknown): Verdict {
    const specPath = this.specPath(path);
    const pair = `${method} ${specPath ?? `(not in spec) ${path}`} ${status}`;
    const validate = specPath ? this.validatorFor(specPath, method, status) : null;
    if (!validate) return { pair, errors: null };
    if (validate(body)) return { pair, errors: [] };
    return { pair, errors: (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`) };
  }
}

/**
 * Every way a batch of recorded answers breaks the spec: a schema violation, or an answer the spec
 * has no schema for that is not at least Clerk's error envelope.
 */
export function answerViolations(spec: FapiSpec, answers: ReadonlyArray<{ method: string; path: string; status: number; body: unknown }>): string[] {
  const violations: string[] = [];
  for (const answer of answers) {
    const { pair, errors } = spec.validate(answer.method, answer.path, answer.status, answer.body);
    if (errors) violations.push(...errors.map((error) => `${pair}: ${error}`));
    else if (answer.status < 400 || !spec.clerkErrors()(answer.body)) violations.push(`${pair}: no schema, and not a ClerkErrors envelope`);
  }
  return violations;
}
