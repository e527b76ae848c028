import { z } from 'zod';
import { SLUG_PATTERN } from '@/lib/content/slug';

/** Route params for /articles/[slug] and below; a malformed slug is treated like an unknown one (404). */
export const ArticleParams = z.object({ slug: z.string().regex(SLUG_PATTERN) });
