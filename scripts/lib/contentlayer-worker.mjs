// One contentlayer2 process that builds shard after shard (scripts/lib/contentlayer-workers.ts sends
// it a list of shard folders): what `contentlayer2 build` does, without loading contentlayer, the MDX
// stack and the config's modules again for every shard (about 3 s of a 0.5 s job for a one-question
// save). A shard that fails prints contentlayer's error and ends this process with code 1, as the CLI
// would.
import * as core from '@contentlayer2/core';
import { pipe, T } from '@contentlayer2/utils/effect';

/** @param {string} dir a shard folder with its own contentlayer.config.ts and content/ */
async function build(dir) {
  // contentlayer takes its working directory from $PWD; the config and the MDX plugins from cwd.
  process.chdir(dir);
  process.env.PWD = dir;
  await pipe(
    core.getConfig({}),
    T.chain((config) => core.generateDotpkg({ config, verbose: false })),
    T.tap(core.logGenerateInfo),
    core.runMain({ tracingServiceName: 'contentlayer-cli', verbose: false, customCwd: dir }),
  );
}

/** @param {string[]} dirs */
async function buildAll(dirs) {
  for (const dir of dirs) await build(dir);
}

process.on('message', (/** @type {{ dirs: string[] }} */ { dirs }) => {
  buildAll(dirs).then(
    // The heap it holds now: its parent replaces a worker whose heap has grown too far.
    () => process.send?.({ built: dirs.length, heapUsedBytes: process.memoryUsage().heapUsed }),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
});
// The build script ended (or died): nothing more will come.
process.on('disconnect', () => process.exit(0));
