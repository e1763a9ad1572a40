// The medical disclaimer shown on every question page and in the footer.
export function MedicalDisclaimer({ compact = false }: { compact?: boolean }) {
  const text =
    'This information is for general education and is not a substitute for professional medical advice, diagnosis or treatment. If you are worried about a symptom, talk to a doctor or another qualified health professional. In an emergency, call your local emergency number.';
  if (compact) return <p className="text-xs leading-relaxed">{text}</p>;
  return (
    <aside
      aria-label="Medical disclaimer"
      data-section="disclaimer"
      className="mt-10 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm leading-relaxed text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p>
        <strong>Medical disclaimer. </strong>
        {text}
      </p>
    </aside>
  );
}
