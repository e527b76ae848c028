import Link from 'next/link';
import { listArticles } from '@/lib/content/articles';

export default async function HomePage() {
  const articles = await listArticles();
  return (
    <>
      <div className="intro">
        <h1>Read an article, then test yourself</h1>
        <p className="lede">
          Pick an article. When you have read it, take its quiz: every question is built from a fact the article states,
          and each answer shows the sentence it comes from.
        </p>
      </div>
      <h2 className="section-heading">Articles</h2>
      <ul className="article-list">
        {articles.map((article) => (
          <li key={article.slug} className="article-card">
            <h3>
              <Link href={`/articles/${article.slug}`}>{article.title}</Link>
            </h3>
            <p className="source">{article.source}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
