// The patches in patches/ (applied by patch-package after every install) remove two measured costs
// from contentlayer2: each fails here if its patch is missing.
import { execFileSync } from 'node:child_process';
import * as effect from '@contentlayer2/utils/effect';
import { describe, expect, it } from 'vitest';

// The package's type declarations do not resolve under this project's settings: the few functions used.
type Effect<A> = { readonly __value?: A };
interface EffectModule {
  succeed<A>(value: A): Effect<A>;
  fiberId: Effect<{ seqNumber: number }>;
  chain_<A, B>(self: Effect<A>, next: (value: A) => Effect<B>): Effect<B>;
  map_<A, B>(self: Effect<A>, next: (value: A) => B): Effect<B>;
  forEachParDict_<I, B>(
    items: readonly I[],
    mappers: { mapKey: (item: I) => Effect<string>; mapValue: (item: I) => Effect<B> },
  ): Effect<Record<string, B>>;
  runPromise<A>(self: Effect<A>): Promise<A>;
}
const T = (effect as unknown as { T: EffectModule }).T;

describe('contentlayer2 patches', () => {
  it('maps the fields of a document on the calling fiber, without forking one per field', async () => {
    // Upstream ran every field through `T.tuplePar`: two fibers per field of every document and
    // nested object, which made the Effect runtime most of a build's CPU time.
    const fields = Array.from({ length: 20 }, (_, index) => `field${index}`);
    const { caller, fieldFibers } = await T.runPromise(
      T.chain_(T.fiberId, (caller) =>
        T.map_(
          T.forEachParDict_(fields, { mapKey: (field) => T.succeed(field), mapValue: () => T.fiberId }),
          (byField) => ({
            caller,
            fieldFibers: Object.values(byField),
          }),
        ),
      ),
    );
    expect(fieldFibers).toHaveLength(fields.length);
    for (const fiber of fieldFibers) expect(fiber.seqNumber).toBe(caller.seqNumber);
  });

  it('keeps the same result: every key with its value, in order', async () => {
    const result = await T.runPromise(
      T.forEachParDict_(['title', 'tags', 'body'], {
        mapKey: (field) => T.succeed(field),
        mapValue: (field) => T.succeed(field.length),
      }),
    );
    expect(result).toEqual({ title: 5, tags: 4, body: 4 });
  });

  it('leaves effect-ts execution tracing off when the CLI loads', () => {
    // Upstream's CLI switched tracing on for every run: about a sixth of a build's CPU time.
    const script = [
      "await import('@contentlayer2/cli');",
      "const { isTracingEnabled } = await import('@effect-ts/system/Tracing/Global');",
      'process.stdout.write(String(isTracingEnabled()));',
    ].join('\n');
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(output).toBe('false');
  }, 60_000);
});
