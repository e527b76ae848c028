import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="message-page">
      <h1>We could not find that page</h1>
      <p>
        There is no article or quiz at this address. It may have been mistyped, or the article may have been removed.
      </p>
      <p>
        <Link href="/" className="button">
          See all articles
        </Link>
      </p>
    </div>
  );
}
