// Readers' feedback from the forms at the foot of every question (lib/feedback/post.ts). Posts only.
import { handleFeedbackPost } from '@/lib/feedback/post';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleFeedbackPost(request);
}
