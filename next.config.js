/** @type {import('next').NextConfig} */
const nextConfig = {
  // The demo launcher and the test runner start PostgreSQL themselves; the app only connects.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
};

export default nextConfig;
