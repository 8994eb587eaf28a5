// A request path as it may be written to the logs: the pages whose URL carries a one-time
// token (an invitation, a password reset, an unlock link) are logged by their route, never with
// the live token, which would let anyone who reads the logs use it.

const tokenRoutes = ["/invitation/", "/reset-password/", "/unlock-sign-in/"];

export function loggablePath(pathname: string): string {
  for (const prefix of tokenRoutes) {
    if (pathname.startsWith(prefix)) {
      const rest = pathname.slice(prefix.length);
      const slash = rest.indexOf("/");
      return `${prefix}[token]${slash === -1 ? "" : rest.slice(slash)}`;
    }
  }
  return pathname;
}
