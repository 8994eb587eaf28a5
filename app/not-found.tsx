import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-xl flex-col justify-center px-4 py-10">
      <p className="text-2xl font-bold text-brand-700">Assay</p>
      <h1 className="mt-2 text-3xl font-bold text-ink">Page not found</h1>
      <p className="mt-2">
        There is nothing here, or it is not in a centre you work in. If you work in several centres, check which one is selected.
      </p>
      <p className="mt-4">
        <Link href="/">Go to your home page</Link>
      </p>
    </main>
  );
}
