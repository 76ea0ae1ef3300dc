/**
 * Validating a model against the vendored Compose specification schema and wording the result
 * as compose-go does (schema.go getMostSpecificError): the error with the deepest field wins,
 * type errors win ties, a oneOf error is described by the error that follows it.
 * e.g. `services.web Additional property imagee is not allowed`, `services.web.ports must be a list`.
 */
import composeSpec from './schema/compose-spec.json';
import { ComposeError } from './errors';
import { fieldOf, JsonSchema, type SchemaError } from './json-schema';
import type { YamlMap } from './tree-path';

let compiled: JsonSchema | null = null;

function schema(): JsonSchema {
  compiled ??= new JsonSchema(composeSpec as unknown as Record<string, unknown>);
  return compiled;
}

function humanReadableType(definition: string): string {
  if (definition.startsWith('[')) {
    const all = definition.slice(1, -1).split(',').map(humanReadableType);
    return `${all.slice(0, -1).join(', ')} or ${all[all.length - 1]}`;
  }
  if (definition === 'object') return 'mapping';
  if (definition === 'array') return 'list';
  return definition;
}

const specificity = (e: SchemaError) => fieldOf(e.context).split('.').length;

function describe(parent: SchemaError, child: SchemaError | undefined): string {
  if (parent.type === 'invalid_type' && parent.expected) return `must be a ${humanReadableType(parent.expected)}`;
  if (parent.type === 'number_one_of' || parent.type === 'number_any_of') {
    if (!child) return parent.description;
    if (child.type === 'invalid_type' && child.expected) return `must be a ${humanReadableType(child.expected)}`;
    return child.description;
  }
  return parent.description;
}

/** compose-go's wording of the most specific schema error. */
export function mostSpecificError(errors: readonly SchemaError[]): string {
  let best = 0;
  errors.forEach((e, i) => {
    const s = specificity(e);
    const b = specificity(errors[best]!);
    if (s > b || (s === b && e.type === 'invalid_type' && errors[best]!.type !== 'invalid_type')) best = i;
  });
  const parent = errors[best]!;
  const child = best + 1 < errors.length && (parent.type === 'number_one_of' || parent.type === 'number_any_of') ? errors[best + 1] : undefined;
  return `${fieldOf(parent.context)} ${describe(parent, child)}`;
}

/** Validate a model; throws `validating <file>: <error>` as compose does. */
export function validateSchema(model: YamlMap, filename: string): void {
  const errors = schema().validate(model);
  if (errors.length > 0) throw new ComposeError(`validating ${filename}: ${mostSpecificError(errors)}`, 'validation');
}
