import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'This page does not exist. Go back to the course map or open the playground.',
};

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <p className="font-mono text-muted">Error response from daemon: No such page</p>
      <h1 className="mt-2 text-3xl font-bold">Page not found</h1>
      <p className="mt-4 text-muted">The page you asked for does not exist, or it moved when the course was reorganised.</p>
      <p className="mt-6 flex flex-wrap gap-4">
        <Link href="/" className="font-medium text-accent underline underline-offset-4">
          Back to the course
        </Link>
        <Link href="/playground" className="font-medium text-accent underline underline-offset-4">
          Open the playground
        </Link>
      </p>
    </main>
  );
}
