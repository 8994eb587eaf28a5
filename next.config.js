/** @type {import('next').NextConfig} */
const nextConfig = {
  // The demo launcher and the test runner start PostgreSQL themselves; the app only connects.
  // pino writes logs from the server process itself (no bundling of its worker files).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pino"],
  poweredByHeader: false,
  experimental: {
    // Next's default, stated here because proxy.ts refuses larger action bodies with a 413
    // (ACTION_BODY_LIMIT_BYTES in lib/http/action-request.ts must stay equal to it).
    serverActions: { bodySizeLimit: "1mb" },
    // proxy.ts reads action bodies; Next buffers at most this much of any body for it (default
    // 10 MB). Above the action limit, so a body cut off here is still seen as too large.
    proxyClientMaxBodySize: "2mb",
  },
};

export default nextConfig;
