/**
 * The content format (see docs/content-format.md), validated with zod.
 * `content/NN-slug/module.yaml` holds a module's meta; each `NN-slug.mdx` lesson starts with frontmatter.
 */
import { z } from 'zod';

export const moduleMetaSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1).max(400),
});

export const lessonFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(1).max(120),
  summary: z.string().trim().min(1).max(200),
  objectives: z.array(z.string().trim().min(1)).min(1).max(6),
  minutes: z.number().int().min(1).max(90),
  keywords: z.array(z.string().trim().min(1)).optional(),
  draft: z.boolean().optional(),
});

export type ModuleMeta = z.infer<typeof moduleMetaSchema>;
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
