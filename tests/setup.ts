import { vi } from 'vitest';

// `server-only` throws outside a React Server Components bundle; the modules behind it are plain Node here.
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: <T>(fn: T) => fn }));
