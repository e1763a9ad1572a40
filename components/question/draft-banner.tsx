// Marks a draft question while previewing in `npm run dev`; production builds never render drafts.
export function DraftBanner() {
  return (
    <p
      role="status"
      data-draft-banner
      className="mb-6 rounded-lg border-2 border-dashed border-amber-500 bg-amber-100 px-4 py-3 font-semibold text-amber-950 dark:bg-amber-950/60 dark:text-amber-100"
    >
      Draft: this question is not published. It is shown only in local preview until “draft: true” is removed.
    </p>
  );
}
