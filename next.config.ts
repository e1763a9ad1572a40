import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Pages read the slim index and their own generated document from disk at render time.
  outputFileTracingIncludes: {
    '/**': ['./.content/index.json'],
    '/search': ['./.content/search-index.json'],
    '/questions/[slug]': ['./.contentlayer/generated/Question/*.json'],
  },
};

export default nextConfig;
