import 'server-only';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cache } from 'react';
import { type ArticleMeta, parseArticleFile } from './front-matter';
import { SLUG_PATTERN } from './slug';

export interface ArticleSummary extends ArticleMeta {
  slug: string;
}

export interface Article extends ArticleSummary {
  /** The article text exactly as shipped; quiz evidence offsets point into it. */
  body: string;
}

const CONTENT_DIR = join(process.cwd(), 'content');

async function readArticle(slug: string): Promise<Article> {
  const fileText = await readFile(join(CONTENT_DIR, `${slug}.md`), 'utf8');
  const { meta, body } = parseArticleFile(fileText);
  // A content file without its front matter is a packaging bug, not user input: fail loudly.
  if (!meta.success) throw new Error(`content/${slug}.md: front matter needs title, source and licence`);
  return { slug, ...meta.data, body };
}

export const listArticles = cache(async (): Promise<ArticleSummary[]> => {
  const files = (await readdir(CONTENT_DIR)).filter((f) => f.endsWith('.md')).sort();
  const articles = await Promise.all(files.map((f) => readArticle(f.slice(0, -'.md'.length))));
  return articles.map(({ slug, title, source, licence }) => ({ slug, title, source, licence }));
});

/** Returns null for a slug that is malformed or names no article, so callers can answer 404 or a clear message. */
export const getArticleBySlug = cache(async (slug: string): Promise<Article | null> => {
  if (!SLUG_PATTERN.test(slug)) return null;
  try {
    return await readArticle(slug);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
});
