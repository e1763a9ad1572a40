// The crisis contacts every page of a crisis-support category shows, from data/help-contacts.ts (never
// typed per page): each a tap-to-call number, grouped by country.
import { CRISIS_CONTACTS, type CrisisContact } from '@/data/help-contacts';

const LINK = 'font-semibold text-teal-900 underline underline-offset-2 dark:text-teal-200';

function Contact({ contact }: { contact: CrisisContact }) {
  return (
    <li>
      <a href={`tel:${contact.phone}`} className={LINK}>
        {contact.action}
      </a>{' '}
      {contact.alternative ? (
        <>
          (
          <a href={contact.alternative.href} rel="noopener noreferrer external" className={LINK}>
            {contact.alternative.label}
          </a>
          ){' '}
        </>
      ) : null}
      {contact.detail}
    </li>
  );
}

export function CrisisContacts() {
  return (
    <aside
      aria-labelledby="crisis-contacts-heading"
      data-section="crisis-contacts"
      className="mt-6 rounded-2xl bg-white p-5 ring-2 ring-teal-800/40 sm:p-6 dark:bg-slate-900 dark:ring-teal-300/40"
    >
      <h2
        id="crisis-contacts-heading"
        className="text-xl font-semibold tracking-tight text-slate-900 dark:text-slate-50"
      >
        {CRISIS_CONTACTS.heading}
      </h2>
      <p className="mt-2 text-[0.9375rem] leading-relaxed text-slate-800 dark:text-slate-200">
        {CRISIS_CONTACTS.intro}
      </p>
      {CRISIS_CONTACTS.groups.map((group) => (
        <div key={group.country} className="mt-3">
          <h3 className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
            In the {group.country}
          </h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-[0.9375rem] leading-relaxed text-slate-900 dark:text-slate-100">
            {group.contacts.map((contact) => (
              <Contact key={contact.phone} contact={contact} />
            ))}
          </ul>
        </div>
      ))}
    </aside>
  );
}
