import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { QuizList } from '@/components/quiz/quiz-list';
import { lessonHref } from '@/lib/content/navigation';
import { getCourse } from '@/lib/content/server';
import { moduleQuestions } from '@/lib/quiz/server';
import '@/components/quiz/quiz.css';

interface Params {
  params: Promise<{ module: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Array<{ module: string }>> {
  return (await getCourse()).modules.map((m) => ({ module: m.slug }));
}

async function load(slug: string) {
  const mod = (await getCourse()).modules.find((m) => m.slug === slug);
  return mod ? { mod, questions: await moduleQuestions(slug) } : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = await load((await params).module);
  if (!found) return {};
  return {
    title: `Quiz: ${found.mod.title}`,
    description: `${found.questions.length} practice questions on module ${found.mod.order}, ${found.mod.title}, with explanations and links back to the lessons.`,
  };
}

export default async function ModuleQuizPage({ params }: Params) {
  const found = await load((await params).module);
  if (!found || found.questions.length === 0) notFound();
  const { mod, questions } = found;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/" className="underline underline-offset-4">
          Course
        </Link>{' '}
        › <Link href={lessonHref(mod.lessons[0]!)} className="underline underline-offset-4">{mod.title}</Link> › Quiz
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Module quiz: {mod.title}</h1>
      <p className="quiz-intro">
        {questions.length} questions from the {mod.lessons.length} lessons of module {mod.order}. Check each answer as you go; the
        explanation links to the section of the lesson that covers it. Missed questions come back in your{' '}
        <Link href="/review">review queue</Link>. For a timed run without hints, try{' '}
        <Link href={`/exam?modules=${mod.slug}`}>an exam on this module</Link>.
      </p>
      <QuizList questions={questions} quizId={`module.${mod.slug}`} headingLevel="h2" />
    </main>
  );
}
