'use client';

import Link from 'next/link';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="message-page">
      <h1>Something went wrong</h1>
      <p>The page could not be shown because of a problem on our side. Try again, or go back to the articles.</p>
      <p className="button-row">
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
        <Link href="/" className="button button-secondary">
          See all articles
        </Link>
      </p>
    </div>
  );
}
