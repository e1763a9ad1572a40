// Health check for load balancers: the build's commit, how many questions it serves, and whether the
// Redis servers answer (up, down or not configured; never a failed check on their account).
import { getQuestions } from '@/lib/content/store';
import { feedbackOptionsFromEnv } from '@/lib/feedback/store';
import { healthReport } from '@/lib/http/health';
import { redisStatus } from '@/lib/http/redis-status';

// Answered by the running process on every call, so a passing check means this instance can read its content.
export const dynamic = 'force-dynamic';

export async function GET() {
  const [cache, feedback] = await Promise.all([
    redisStatus(process.env.REDIS_URL),
    redisStatus(feedbackOptionsFromEnv(process.env).url),
  ]);
  return Response.json(healthReport(process.env.BUILD_COMMIT, getQuestions().length, { cache, feedback }), {
    headers: { 'Cache-Control': 'no-store' },
  });
}
