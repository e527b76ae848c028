import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile, parsePlainArticle, serializeArticle } from '@/lib/content/front-matter';

// The project's shared folder sits beside the checkout on development and CI machines, not in a newcomer's clone.
const SHARED_DEV = join(__dirname, '../../../shared/articles/dev');
const CONTENT = join(__dirname, '../../content');
const devArticles = existsSync(SHARED_DEV) ? readdirSync(SHARED_DEV).filter((f) => f.endsWith('.txt')) : [];

describe('parsePlainArticle', () => {
  it.each([
    ['Title: T\nSource: S\nLicense: L\n\nBody line.\n', { title: 'T', source: 'S', licence: 'L' }, 'Body line.\n'],
    ['Title: T\r\nSource: S\r\nLicence: L\r\n\r\nBody.', { title: 'T', source: 'S', licence: 'L' }, 'Body.'],
  ])('reads the header lines of %j', (text, meta, body) => {
    const parsed = parsePlainArticle(text);
    expect(parsed.meta.success && parsed.meta.data).toEqual(meta);
    expect(parsed.body).toBe(body);
  });

  it('keeps a body without header lines whole and takes the metadata from the fallback', () => {
    const parsed = parsePlainArticle('\nSource: Hot News\n', { title: 'T', source: 'S', licence: 'L' });
    expect(parsed.body).toBe('\nSource: Hot News\n');
    expect(parsed.meta.success).toBe(true);
  });

  it('reports each missing field', () => {
    const parsed = parsePlainArticle('Title: Only a title\n\nBody.');
    expect(parsed.meta.success).toBe(false);
    expect(parsed.meta.error?.issues.map((i) => i.path[0])).toEqual(['source', 'licence']);
  });
});

describe('content/', () => {
  const files = readdirSync(CONTENT).filter((f) => f.endsWith('.md'));

  it('ships the seed article and the 12 dev articles', () => {
    expect(files).toHaveLength(13);
    expect(files).toContain('mali-minusma-withdrawal.md');
  });

  describe.skipIf(devArticles.length === 0)('against the originals in ../shared', () => {
    it.each(devArticles)('ships %s verbatim with its metadata', (name) => {
      const original = parsePlainArticle(readFileSync(join(SHARED_DEV, name), 'utf8'));
      const slug = name.replace(/^\d+-/, '').replace(/\.txt$/, '');
      const shipped = parseArticleFile(readFileSync(join(CONTENT, `${slug}.md`), 'utf8'));
      expect(shipped.body).toBe(original.body);
      // A provenance note in the original title may move into `source`; the rest of the metadata is kept.
      const [meta, originalMeta] = [shipped.meta.data!, original.meta.data!];
      expect(originalMeta.title.startsWith(meta.title)).toBe(true);
      expect(meta.source.startsWith(originalMeta.source)).toBe(true);
      expect(meta.licence).toBe(originalMeta.licence);
    });
  });

  it('round-trips through serializeArticle', () => {
    const article = { meta: { title: "A 'quoted' title: yes", source: 'S', licence: 'L' }, body: '\nFirst.\n\nSecond.\n' };
    const back = parseArticleFile(serializeArticle(article));
    expect(back.body).toBe(article.body);
    expect(back.meta.success && back.meta.data).toEqual(article.meta);
  });
});
