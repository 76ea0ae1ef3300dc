/** What the site search finds: one section of a lesson, one exercise, or one quiz question's explanation. */
export type SearchKind = 'lesson' | 'exercise' | 'quiz';

export interface SearchDoc {
  /** Unique across the index, e.g. `lesson:data/volumes#cleaning-up`. */
  id: string;
  kind: SearchKind;
  /** The lesson's title (results are grouped and labelled by it). */
  lesson: string;
  /** The heading, exercise title or quiz prompt shown as the result's title. */
  title: string;
  /** Where the result jumps to: the lesson URL with the section's heading anchor. */
  href: string;
  /** Plain text (no Markdown, no tags) searched and quoted in the snippet. */
  text: string;
}
