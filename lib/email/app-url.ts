// Links in emails must be absolute. NEXTAUTH_URL is the address people use to reach Assay
// (`npm start` sets it to http://localhost:$PORT unless it is given), so links point there.

export function appBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.NEXTAUTH_URL?.trim() || `http://localhost:${env.PORT ?? "3000"}`;
  return base.replace(/\/+$/, "");
}

/** An absolute link to a path of the app, e.g. appUrl("/reset-password/abc"). */
export function appUrl(pathname: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${appBaseUrl(env)}${pathname.startsWith("/") ? pathname : `/${pathname}`}`;
}
