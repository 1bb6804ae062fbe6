// next.config.js is plain JavaScript (Next loads it before any TypeScript): its type, for lib/server.ts.
declare module "*/next.config.js" {
  const config: import("next").NextConfig;
  export default config;
}
