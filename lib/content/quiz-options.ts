import type { GenerateOptions } from '@/lib/quiz/schema';

/**
 * How the web app generates every article's quiz. A fixed seed keeps each quiz (and its option order) the same
 * across requests and restarts; kept apart from quiz.ts, which is server-only, so e2e tests can rebuild the key.
 */
export const QUIZ_GENERATE_OPTIONS = { seed: 'factquiz-web-v1' } as const satisfies GenerateOptions;
