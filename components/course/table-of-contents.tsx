import type { TocEntry } from '@/lib/content/types';

/** "On this page" links for lessons long enough to need them (four or more sections). */
export function TableOfContents({ toc }: { toc: TocEntry[] }) {
  if (toc.filter((e) => e.depth === 2).length < 4) return null;
  return (
    <nav aria-labelledby="toc-title" className="not-prose mb-8 text-sm">
      <details open className="rounded-lg border border-border p-4">
        <summary id="toc-title" className="cursor-pointer font-semibold">
          On this page
        </summary>
        <ol className="mt-2 space-y-1">
          {toc.map((entry) => (
            <li key={entry.id} className={entry.depth === 3 ? 'pl-4' : undefined}>
              <a href={`#${entry.id}`} className="text-accent underline-offset-4 hover:underline">
                {entry.text}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
