import Link from 'next/link';
import { SearchButton } from '../search/search-button';
import { Logo } from './logo';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="mx-auto flex h-full items-center gap-4 px-4">
        <Link href="/" className="flex items-center gap-2 font-semibold text-fg no-underline">
          <Logo />
          Dockerlings
        </Link>
        <nav aria-label="Main" className="ml-auto flex items-center gap-2 text-sm sm:gap-4">
          <Link href="/#course" className="text-fg underline-offset-4 hover:underline">
            Course
          </Link>
          <Link href="/playground" className="text-fg underline-offset-4 hover:underline">
            Playground
          </Link>
          <Link href="/exam" className="hidden text-fg underline-offset-4 hover:underline sm:inline">
            Exam
          </Link>
          <Link href="/review" className="hidden text-fg underline-offset-4 hover:underline sm:inline">
            Review
          </Link>
          <SearchButton />
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
