import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.contentlayer/**',
      '.content/**',
      'next-env.d.ts',
      'public/**',
      'tests/fixtures/**',
    ],
  },
];

export default config;
