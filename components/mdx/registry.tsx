/**
 * Every component a lesson can use, in one place. Names must match lib/content/components.ts (the
 * compiler rejects anything else); the `satisfies` below keeps the two lists in step.
 * Room for later: `Exercise` and `Quiz` get added here and in MDX_COMPONENTS.
 */
import type { ComponentType } from 'react';
import type { MdxComponentName } from '@/lib/content/components';
import { Exercise } from '../exercise/exercise';
import { Callout } from './callout';
import { CodeBlock } from './code-block';
import { Figure } from './figure';

type Registry = Record<MdxComponentName, ComponentType<never>> & { pre: ComponentType<never> };

export const mdxComponents = {
  pre: CodeBlock,
  Callout,
  Figure,
  Exercise,
} satisfies Registry;
