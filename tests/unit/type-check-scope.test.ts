// Which code each type check reads. `next build` checks what the site ships (tsconfig.build.json,
// next.config.ts); `npm run typecheck`, which `npm test` runs, checks everything, tests and scripts too.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import nextConfig from '@/next.config';

const root = process.cwd();

/** The project's own files a tsconfig puts in its program, relative to the project. */
function programFiles(config: string): Set<string> {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(root, config),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`${config} did not parse`);
  return new Set(parsed.fileNames.map((file) => path.relative(root, file)));
}

/** Every TypeScript file under a folder of the project. */
function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(dir, file));
}

describe('the type checks', () => {
  it('next build checks every file of the site with the build config', () => {
    expect(nextConfig(PHASE_PRODUCTION_BUILD).typescript?.tsconfigPath).toBe('tsconfig.build.json');
    const checked = programFiles('tsconfig.build.json');
    const shipped = [...['app', 'components', 'lib', 'data'].flatMap(sources), 'proxy.ts', 'next.config.ts'];
    expect(shipped.length).toBeGreaterThan(50);
    expect(shipped.filter((file) => !checked.has(file))).toEqual([]);
    expect([...checked].filter((file) => file.startsWith('tests/') || file.startsWith('scripts/'))).toEqual([]);
  });

  it('npm run typecheck checks the tests and scripts as well', () => {
    const checked = programFiles('tsconfig.json');
    const rest = [...sources('tests').filter((file) => !file.startsWith('tests/fixtures/')), ...sources('scripts')];
    expect(rest.length).toBeGreaterThan(50);
    expect(rest.filter((file) => !checked.has(file))).toEqual([]);
  });
});
