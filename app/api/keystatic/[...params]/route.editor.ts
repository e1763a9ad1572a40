// The editor's API: Keystatic's own (files in content/ in local mode; sign-in in GitHub mode), with the
// content check run on every save in local mode first (editor/save-check.ts).
import { makeRouteHandler } from '@keystatic/next/route-handler';
import config from '@/editor/keystatic.config';
import { refuseSaveWithProblems } from '@/editor/save-check';

export const dynamic = 'force-dynamic';

const keystatic = makeRouteHandler({ config });

export const GET = keystatic.GET;

export async function POST(request: Request): Promise<Response> {
  if (config.storage.kind === 'local' && new URL(request.url).pathname.endsWith('/update')) {
    const refusal = await refuseSaveWithProblems(await request.clone().json());
    if (refusal) return refusal;
  }
  return keystatic.POST(request);
}
