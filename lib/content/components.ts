/**
 * The JSX components a lesson may use, and the props each requires. The React side
 * (components/mdx/registry.tsx) must provide every name listed here; the compiler rejects others,
 * so a typo fails the build with the file and line instead of a blank page.
 */
export const CALLOUT_TYPES = ['note', 'tip', 'warning', 'correction'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export interface ComponentRule {
  /** Props that must be given as plain strings. */
  required: readonly string[];
  /** Allowed values for string props. */
  oneOf?: Readonly<Record<string, readonly string[]>>;
}

export const MDX_COMPONENTS = {
  Callout: { required: ['type'], oneOf: { type: CALLOUT_TYPES } },
  Figure: { required: ['src', 'alt'] },
  Exercise: { required: ['id', 'title'] },
} as const satisfies Record<string, ComponentRule>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

export function isMdxComponentName(name: string): name is MdxComponentName {
  return Object.hasOwn(MDX_COMPONENTS, name);
}
