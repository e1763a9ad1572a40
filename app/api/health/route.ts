// Health check for load balancers: the build's commit and how many questions it serves, nothing else.
import { getQuestions } from '@/lib/content/store';
import { healthReport } from '@/lib/http/health';

// Answered by the running process on every call, so a passing check means this instance can read its content.
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json(healthReport(process.env.BUILD_COMMIT, getQuestions().length), {
    headers: { 'Cache-Control': 'no-store' },
  });
}
