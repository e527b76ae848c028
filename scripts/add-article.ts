// Adds a plain-text article to content/: `npm run add-article -- <file> [--slug S] [--title T] [--source S] [--licence L]`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parsePlainArticle, serializeArticle } from '../lib/content/front-matter';
import { SLUG_PATTERN } from '../lib/content/slug';

const Args = z.object({
  file: z.string().min(1),
  slug: z.string().regex(SLUG_PATTERN, 'use lowercase letters, digits and single hyphens').optional(),
  title: z.string().optional(),
  source: z.string().optional(),
  licence: z.string().optional(),
});

function fail(message: string, code = 1): never {
  process.stderr.write(`add-article: ${message}\n`);
  process.exit(code);
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { slug: { type: 'string' }, title: { type: 'string' }, source: { type: 'string' }, licence: { type: 'string' } },
    });
  } catch (error) {
    fail(`${(error as Error).message}\nusage: npm run add-article -- <file> [--slug S] [--title T] [--source S] [--licence L]`, 2);
  }
  const args = Args.safeParse({ file: parsed.positionals[0], ...parsed.values });
  if (!args.success) fail(z.prettifyError(args.error), 2);
  const { file, slug: givenSlug, ...fallback } = args.data;

  if (!existsSync(file)) fail(`no such file: ${file}`);
  const text = readFileSync(file, 'utf8');
  const { meta, body } = parsePlainArticle(text, fallback);
  if (!meta.success) fail(`the article needs a title, a source and a licence (header lines or flags):\n${z.prettifyError(meta.error)}`);
  if (body.trim().length === 0) fail(`${file} has no article text`);

  const slug = givenSlug ?? basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/^\d+-/, '');
  if (!SLUG_PATTERN.test(slug)) fail(`cannot derive a slug from ${file}: pass --slug`, 2);
  const target = join(process.cwd(), 'content', `${slug}.md`);
  if (existsSync(target)) fail(`content/${slug}.md already exists`);
  writeFileSync(target, serializeArticle({ meta: meta.data, body }));
  process.stdout.write(`wrote content/${slug}.md\n`);
}

main();
