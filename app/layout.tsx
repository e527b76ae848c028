import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Factquiz', template: '%s · Factquiz' },
  description: 'Read an article, then check what you understood with a quiz built from its facts.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <Link href="/" className="brand">
              Factquiz
            </Link>
            <p className="tagline">Quizzes grounded in what the article says</p>
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>Every question comes from a sentence in its article, and every answer is checked on the server.</p>
        </footer>
      </body>
    </html>
  );
}
