import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getArticleBySlug } from '@/lib/content/articles';
import { ArticleParams } from './schema';

async function findArticle(params: PageProps<'/articles/[slug]'>['params']) {
  const parsed = ArticleParams.safeParse(await params);
  return parsed.success ? getArticleBySlug(parsed.data.slug) : null;
}

export async function generateMetadata({ params }: PageProps<'/articles/[slug]'>): Promise<Metadata> {
  const article = await findArticle(params);
  return { title: article?.title ?? 'Article not found' };
}

export default async function ArticlePage({ params }: PageProps<'/articles/[slug]'>) {
  const article = await findArticle(params);
  if (!article) notFound();
  const quizPath = `/articles/${article.slug}/quiz`;
  // Bodies are verbatim raw text, not markdown: one paragraph per non-blank line, rendered as text (never as HTML).
  const paragraphs = article.body.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);

  return (
    <article className="article">
      <header className="article-header">
        <p className="eyebrow">
          <Link href="/">All articles</Link>
        </p>
        <h1>{article.title}</h1>
        <dl className="article-meta">
          <div>
            <dt>Source</dt>
            <dd>{article.source}</dd>
          </div>
          <div>
            <dt>Licence</dt>
            <dd>{article.licence}</dd>
          </div>
        </dl>
        <p className="quiz-callout">
          <Link href={quizPath} className="button">
            Take the quiz
          </Link>
          <span>Read the article first: every question is answered in it.</span>
        </p>
      </header>
      <div className="article-body">
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <footer className="article-footer">
        <h2>Finished reading?</h2>
        <p>
          <Link href={quizPath} className="button">
            Take the quiz on this article
          </Link>
        </p>
      </footer>
    </article>
  );
}
