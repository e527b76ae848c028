import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getQuizForArticle } from '@/lib/content/quiz';
import { toPublicQuiz } from '@/lib/quiz/public-view';
import { ArticleParams } from '../schema';
import { QuizForm } from './quiz-form';

async function findQuiz(params: PageProps<'/articles/[slug]/quiz'>['params']) {
  const parsed = ArticleParams.safeParse(await params);
  return parsed.success ? getQuizForArticle(parsed.data.slug) : null;
}

export async function generateMetadata({ params }: PageProps<'/articles/[slug]/quiz'>): Promise<Metadata> {
  const found = await findQuiz(params);
  return { title: found ? `Quiz: ${found.article.title}` : 'Quiz not found' };
}

export default async function QuizPage({ params }: PageProps<'/articles/[slug]/quiz'>) {
  const found = await findQuiz(params);
  if (!found) notFound();
  const articlePath = `/articles/${found.article.slug}`;

  return (
    <div className="quiz-page">
      <header className="quiz-header">
        <p className="eyebrow">
          <Link href={articlePath}>Back to the article</Link>
        </p>
        <h1>
          <span className="eyebrow-title">Quiz</span> {found.article.title}
        </h1>
        {found.status === 'ready' && (
          <p className="lede">
            {found.quiz.questions.length} questions, each with one right answer stated in the article. Answer what you
            can, then check your answers.
          </p>
        )}
      </header>
      {found.status === 'ready' ? (
        // Only the public view crosses to the client component: no key, no evidence.
        <QuizForm quizId={found.quizId} quiz={toPublicQuiz(found.quiz)} quizPath={`${articlePath}/quiz`} />
      ) : (
        <section className="notice" aria-labelledby="no-quiz-heading">
          <h2 id="no-quiz-heading">No quiz for this article yet</h2>
          <p>
            This article does not state enough clear facts to build a fair quiz from it. You can still{' '}
            <Link href={articlePath}>read the article</Link> or <Link href="/">pick another one</Link>.
          </p>
          <p className="detail">Details: {found.message}</p>
        </section>
      )}
    </div>
  );
}
