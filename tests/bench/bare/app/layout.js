// The bare baseline's frame: the same Next.js, one html and body, nothing of the project's.
export default function Layout({ children }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  );
}
