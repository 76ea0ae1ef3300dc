/**
 * JSON as kubectl prints it: the object as a Go map (keys sorted), four-space indentation, HTML
 * characters escaped as json.Marshal does.
 */
import { goJsonMarshalIndent } from '../../format/go-json';

/** Turn plain objects into Maps so the encoder sorts their keys. */
export function asGoMaps(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(asGoMaps);
  if (v && typeof v === 'object') return new Map(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).map(([k, x]) => [k, asGoMaps(x)]));
  return v;
}

export function toJson(v: unknown): string {
  return goJsonMarshalIndent(asGoMaps(v), '', '    ') + '\n';
}
