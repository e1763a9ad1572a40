// The patches in patches/ (applied by patch-package after every install) remove measured costs from
// contentlayer2: each fails here if its patch is missing.
import { execFileSync } from 'node:child_process';
import * as effect from '@contentlayer2/utils/effect';
// @ts-expect-error -- its declarations do not resolve under the package's "exports"; the two names used are typed below
import * as supervisorModule from '@effect-ts/system/Supervisor';
// Not exported by the package: the function that maps one field of a document.
import { testOnly_getDataForFieldDef } from '../../node_modules/@contentlayer2/source-files/dist/fetchData/mapping/index.js';
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
  supervised_<A>(self: Effect<A>, supervisor: Supervisor): Effect<A>;
  unit: Effect<void>;
}
const T = (effect as unknown as { T: EffectModule }).T;
// A supervisor is told of every fiber started under it.
type Propagation = { readonly _tag: 'Continue' | 'Stop' };
interface Supervisor {
  readonly value: Effect<void>;
}
const { Supervisor, _continue } = supervisorModule as {
  Supervisor: new (value: Effect<void>, onStart: () => Propagation, onEnd: () => Propagation) => Supervisor;
  _continue: Propagation;
};

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

  it('maps the items of a list field on the calling fiber, without forking one per item', async () => {
    // Upstream ran every item of every list (tags, sources, key points, FAQs…) through
    // `T.forEachPar_`: a fiber per item, about a sixth of a contentlayer worker's CPU time.
    const tags = Array.from({ length: 20 }, (_, index) => `tag-${index}`);
    let forked = 0;
    const counting = new Supervisor(
      T.unit,
      () => {
        forked += 1;
        return _continue;
      },
      () => _continue,
    );
    const mapped = testOnly_getDataForFieldDef({
      fieldDef: { name: 'tags', type: 'list', of: { type: 'string' }, isRequired: true, default: undefined },
      rawFieldData: tags,
      isRootDocument: true,
      coreSchemaDef: { nestedTypeDefMap: {} },
      options: { fieldOptions: { bodyFieldName: 'body', typeFieldName: 'type' } },
      documentFilePath: 'questions/example.mdx',
      contentDirPath: 'content',
    } as never) as Effect<Iterable<string>>;
    const value = await T.runPromise(T.supervised_(mapped, counting));
    expect([...value]).toEqual(tags);
    expect(forked).toBe(0);
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
