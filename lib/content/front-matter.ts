import matter from 'gray-matter';
import { z } from 'zod';

/** The front matter every file in content/ carries. */
export const ArticleMeta = z.object({
  title: z.string().trim().min(1),
  source: z.string().trim().min(1),
  licence: z.string().trim().min(1),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export interface ParsedArticle {
  meta: ArticleMeta;
  body: string;
}

const HEADER_LINE = /^(Title|Source|License|Licence):[ \t]*(.*)$/;

/**
 * Reads the plain-text form articles arrive in: "Title:", "Source:" and "License:" lines, a blank line, then the body.
 * The body is returned untouched so that it can be shipped verbatim. Missing fields come from `fallback`.
 */
export function parsePlainArticle(text: string, fallback: Partial<ArticleMeta> = {}) {
  const fields: Record<string, string> = {};
  let rest = text;
  for (;;) {
    const end = rest.indexOf('\n');
    const line = end === -1 ? rest : rest.slice(0, end);
    const match = HEADER_LINE.exec(line.replace(/\r$/, ''));
    if (!match) break;
    fields[match[1]!.toLowerCase().replace('license', 'licence')] = match[2]!;
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  if (Object.keys(fields).length > 0 && /^\r?\n/.test(rest)) rest = rest.replace(/^\r?\n/, '');
  return { meta: ArticleMeta.safeParse({ ...fallback, ...fields }), body: rest };
}

export function serializeArticle({ meta, body }: ParsedArticle): string {
  return matter.stringify({ content: body }, meta);
}

/** Parses a content/ file; fails when the front matter lacks a title, source or licence. */
export function parseArticleFile(fileText: string) {
  const { data, content } = matter(fileText);
  return { meta: ArticleMeta.safeParse(data), body: content };
}
