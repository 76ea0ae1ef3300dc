/**
 * A small JSON-schema (draft-07 subset) validator that walks and scores exactly like
 * gojsonschema, the library compose-go 2.6 validates with — so the error compose picks as "most
 * specific" is the same one. Supports what compose-spec.json uses: type, $ref, properties,
 * patternProperties, additionalProperties, required, items, oneOf, enum, const, uniqueItems,
 * minimum/maximum, pattern, dependencies.
 */
import { isMap, type Yaml } from './tree-path';

export interface SchemaError {
  type: string;
  /** Context path: `(root)`, `services`, `web`… */
  context: readonly string[];
  description: string;
  /** invalid_type: the expected type(s) as gojsonschema prints them (`string`, `[string,array]`). */
  expected?: string;
}

interface Result {
  errors: SchemaError[];
  score: number;
}

interface Node {
  pass?: boolean;
  ref?: string;
  types: string[];
  properties: Array<[string, Node]>;
  patternProperties: Array<[RegExp, Node]>;
  additional?: boolean | Node;
  required: string[];
  items?: Node;
  oneOf: Node[];
  enum?: string[];
  constant?: string;
  unique: boolean;
  minimum?: number;
  maximum?: number;
  pattern?: RegExp;
  dependencies?: Array<[string, string[] | Node]>;
}

type Raw = Record<string, unknown>;

export class JsonSchema {
  private readonly defs = new Map<string, Node>();
  private readonly root: Node;

  constructor(schema: Raw) {
    const definitions = (schema.definitions ?? {}) as Record<string, Raw>;
    for (const name of Object.keys(definitions)) this.defs.set(`#/definitions/${name}`, { types: [], properties: [], patternProperties: [], required: [], oneOf: [], unique: false });
    for (const [name, raw] of Object.entries(definitions)) Object.assign(this.defs.get(`#/definitions/${name}`)!, this.compile(raw));
    this.root = this.compile(schema);
  }

  private compile(raw: unknown): Node {
    if (typeof raw === 'boolean') return { pass: raw, types: [], properties: [], patternProperties: [], required: [], oneOf: [], unique: false };
    const r = raw as Raw;
    const node: Node = { types: [], properties: [], patternProperties: [], required: [], oneOf: [], unique: r.uniqueItems === true };
    if (typeof r.$ref === 'string') node.ref = r.$ref;
    if (typeof r.type === 'string') node.types = [r.type];
    else if (Array.isArray(r.type)) node.types = r.type as string[];
    if (isMap(r.properties as Yaml)) node.properties = Object.entries(r.properties as Raw).map(([k, v]) => [k, this.compile(v)]);
    if (isMap(r.patternProperties as Yaml)) node.patternProperties = Object.entries(r.patternProperties as Raw).map(([k, v]) => [new RegExp(k, 'u'), this.compile(v)]);
    if (r.additionalProperties !== undefined) node.additional = typeof r.additionalProperties === 'boolean' ? r.additionalProperties : this.compile(r.additionalProperties);
    if (Array.isArray(r.required)) node.required = r.required as string[];
    if (r.items !== undefined) node.items = this.compile(r.items);
    if (Array.isArray(r.oneOf)) node.oneOf = r.oneOf.map((s) => this.compile(s));
    if (Array.isArray(r.enum)) node.enum = r.enum.map((e) => JSON.stringify(e));
    if (r.const !== undefined) node.constant = JSON.stringify(r.const);
    if (typeof r.minimum === 'number') node.minimum = r.minimum;
    if (typeof r.maximum === 'number') node.maximum = r.maximum;
    if (typeof r.pattern === 'string') node.pattern = new RegExp(r.pattern, 'u');
    if (isMap(r.dependencies as Yaml)) {
      node.dependencies = Object.entries(r.dependencies as Raw).map(([k, v]) => [k, Array.isArray(v) ? (v as string[]) : this.compile(v)]);
    }
    return node;
  }

  /** Every error gojsonschema reports, in its order. */
  validate(value: Yaml): SchemaError[] {
    const result: Result = { errors: [], score: 0 };
    this.walk(this.root, value, result, ['(root)']);
    return result.errors;
  }

  private sub(node: Node, value: Yaml, ctx: readonly string[]): Result {
    const r: Result = { errors: [], score: 0 };
    this.walk(node, value, r, ctx);
    return r;
  }

  private add(r: Result, type: string, ctx: readonly string[], description: string): void {
    r.errors.push({ type, context: ctx, description });
    r.score -= 2;
  }

  private merge(r: Result, other: Result): void {
    r.errors.push(...other.errors);
    r.score += other.score;
  }

  private typeError(node: Node, given: string, r: Result, ctx: readonly string[]): boolean {
    if (node.types.length === 0 || node.types.includes(given) || (given === 'integer' && node.types.includes('number'))) return false;
    const expected = node.types.length > 1 ? `[${node.types.join(',')}]` : node.types[0]!;
    r.errors.push({ type: 'invalid_type', context: ctx, description: `Invalid type. Expected: ${expected}, given: ${given}`, expected });
    r.score -= 2;
    return true;
  }

  private walk(node: Node, value: Yaml, r: Result, ctx: readonly string[]): void {
    if (node.pass !== undefined) {
      if (!node.pass) this.add(r, 'false', ctx, 'False always fails validation');
      return;
    }
    if (node.ref !== undefined) {
      const target = this.defs.get(node.ref);
      if (target) this.walk(target, value, r, ctx);
      return;
    }
    const given = value === null ? 'null' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value === 'boolean' ? 'boolean' : typeof value === 'string' ? 'string' : Array.isArray(value) ? 'array' : 'object';
    if (this.typeError(node, given, r, ctx)) return;
    this.schemaRules(node, value, r, ctx);
    if (typeof value === 'number') this.numberRules(node, value, r, ctx);
    if (Array.isArray(value)) this.arrayRules(node, value, r, ctx);
    if (isMap(value)) this.objectRules(node, value, r, ctx);
    this.common(node, value, r, ctx);
    if (typeof value === 'string') this.stringRules(node, value, r, ctx);
    if (isMap(value)) for (const [name, child] of node.properties) if (name in value) this.walk(child, value[name]!, r, [...ctx, name]);
    r.score++;
  }

  private schemaRules(node: Node, value: Yaml, r: Result, ctx: readonly string[]): void {
    if (node.oneOf.length > 0) {
      let valid = 0;
      let best: Result | null = null;
      for (const s of node.oneOf) {
        const res = this.sub(s, value, ctx);
        if (res.errors.length === 0) valid++;
        else if (valid === 0 && (best === null || res.score > best.score)) best = res;
      }
      if (valid !== 1) {
        this.add(r, 'number_one_of', ctx, 'Must validate one and only one schema (oneOf)');
        if (valid === 0 && best) this.merge(r, best);
      }
    }
    if (node.dependencies && isMap(value)) {
      for (const [key, dep] of node.dependencies) {
        if (!(key in value)) continue;
        if (Array.isArray(dep)) {
          for (const d of dep) if (!(d in value)) this.add(r, 'missing_dependency', ctx, `Has a dependency on ${d}`);
        } else this.walk(dep, value, r, ctx);
      }
    }
    r.score++;
  }

  private common(node: Node, value: Yaml, r: Result, ctx: readonly string[]): void {
    const field = fieldOf(ctx);
    if (node.constant !== undefined && JSON.stringify(value) !== node.constant) this.add(r, 'const', ctx, `${field} does not match: ${node.constant}`);
    if (node.enum && !node.enum.includes(JSON.stringify(value))) this.add(r, 'enum', ctx, `${field} must be one of the following: ${node.enum.join(', ')}`);
    r.score++;
  }

  private arrayRules(node: Node, value: Yaml[], r: Result, ctx: readonly string[]): void {
    if (node.items) value.forEach((v, i) => this.merge(r, this.sub(node.items!, v, [...ctx, String(i)])));
    if (node.unique) {
      const seen = new Map<string, number>();
      value.forEach((v, j) => {
        const s = JSON.stringify(v);
        const i = seen.get(s);
        if (i !== undefined) this.add(r, 'unique', ctx, `array items[${i},${j}] must be unique`);
        seen.set(s, j);
      });
    }
    r.score++;
  }

  private objectRules(node: Node, value: Record<string, Yaml>, r: Result, ctx: readonly string[]): void {
    for (const req of node.required) {
      if (req in value) r.score++;
      else this.add(r, 'required', ctx, `${req} is required`);
    }
    for (const key of Object.keys(value)) {
      const found = node.properties.some(([name]) => name === key);
      let matched = false;
      for (const [re, child] of node.patternProperties) {
        if (!re.test(key)) continue;
        matched = true;
        this.merge(r, this.sub(child, value[key]!, [...ctx, key]));
      }
      if (matched) r.score++;
      if (found || matched) continue;
      if (node.additional === false) this.add(r, 'additional_property_not_allowed', ctx, `Additional property ${key} is not allowed`);
      else if (node.additional && node.additional !== true) this.merge(r, this.sub(node.additional, value[key]!, [...ctx, key]));
    }
    r.score++;
  }

  private stringRules(node: Node, value: string, r: Result, ctx: readonly string[]): void {
    if (node.pattern && !node.pattern.test(value)) this.add(r, 'pattern', ctx, `Does not match pattern '${node.pattern.source}'`);
    r.score++;
  }

  private numberRules(node: Node, value: number, r: Result, ctx: readonly string[]): void {
    if (node.maximum !== undefined && value > node.maximum) this.add(r, 'number_lte', ctx, `Must be less than or equal to ${node.maximum}`);
    if (node.minimum !== undefined && value < node.minimum) this.add(r, 'number_gte', ctx, `Must be greater than or equal to ${node.minimum}`);
    r.score++;
  }
}

/** gojsonschema's Field(): the context without the `(root).` prefix. */
export function fieldOf(ctx: readonly string[]): string {
  return ctx.length <= 1 ? '(root)' : ctx.slice(1).join('.');
}
