// Runs once when the Next.js server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Sign-in throttling counts failures per client: record each connection's address.
    const { recordConnectionAddresses } = await import("./lib/auth/connection-address");
    recordConnectionAddresses();
  }
}
