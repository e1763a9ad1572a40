// Who to contact in a crisis, written once for every page: the crisis contacts shown on every page of
// a crisis-support category. Pages never type a phone number themselves. The headings of a question's
// "when to get help" boxes are in data/help-actions.ts.
//
// Crisis contacts (CRISIS_CONTACTS below) checked on 7 December 2026 with the search tool's stored
// copies of public pages (corpus "pages"); the queries are in brackets.
// - The NHS's own "where to get urgent help for mental health" page on nhs.uk: NOT found in the
//   stored copies (queries "NHS urgent mental health help, get help now, call 111 select mental
//   health option" and two similar ones). Read instead, on NHS organisations' own sites:
//   - "Emergency mental health support" (the stored copy's heading), Lincolnshire Partnership NHS
//     Foundation Trust, https://www.lpft.nhs.uk/contact-us/need-help-now ("calling NHS 111 and selecting the
//     mental health option", 24 hours a day, 7 days a week; "immediate assistance for serious or
//     life-threatening emergency mental or physical health, please call 999 or go to the emergency
//     department").
//   - "Accessing mental health services via 111", Oundle Surgery (NHS GP practice, May 2023),
//     https://www.oundlesurgery.nhs.uk/news/accessing-mental-health-services-via-111 ("Instead of
//     selecting 'option 2', people calling the service will be asked to 'choose the mental health
//     option'"): so the contact no longer names option 2.
// - Samaritans' own pages (the stored copies show no page title):
//   https://www.samaritans.org/how-we-can-help/contact-samaritan/ (stored with a ?gclid= tracking
//   parameter; 116 123 "is free to call from both landlines and mobiles"), and the Coventry
//   branch's Christmas news item,
//   https://samaritans.org/branches/coventry/coventry-branch-news/coventry-samaritans-will-be-open-usual-over-christmas
//   ("you can ring us at any time of the day or night"; "available 24 hours a day, every day of the
//   year ... ring us free on 116 123") (query "Samaritans contact a Samaritan 116 123 free any time").
// - The 988 Lifeline's own page (988lifeline.org): NOT found in the stored copies (queries "988
//   Suicide and Crisis Lifeline call or text 988 chat" and two similar ones, corpora pages and docs).
//   The wording still rests on a public-health agency's page: "988 Suicide & Crisis Lifeline",
//   Wyoming Department of Health,
//   https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline
//   ("call or text 988—or chat online at 988Lifeline.org"; free, confidential, 24/7; "call 911" if
//   in immediate danger). Check it against 988lifeline.org itself when that page can be read.
// Recheck them when a page here is reviewed, and at least once a year.

export interface CrisisContact {
  /** What to do, as a reader would say it: "Call Samaritans on 116 123". */
  action: string;
  /** When, and what the service is. */
  detail: string;
  /** The number to dial, for a tap-to-call link. */
  phone: string;
  /** A text or web alternative, if the service offers one. */
  alternative?: { label: string; href: string };
}

export interface CrisisContactGroup {
  country: string;
  contacts: CrisisContact[];
}

export const CRISIS_CONTACTS: { heading: string; intro: string; groups: CrisisContactGroup[] } = {
  heading: 'If you need help now',
  intro: 'If you feel unable to cope, are thinking about harming yourself or feel your life is not worth living:',
  groups: [
    {
      country: 'UK',
      contacts: [
        {
          action: 'Call 999 or go to A&E',
          detail: 'if you or someone else has been harmed, or a life is at immediate risk.',
          phone: '999',
        },
        {
          action: 'Call NHS 111 and choose the mental health option',
          detail: 'for urgent mental health help, 24 hours a day, 7 days a week.',
          phone: '111',
        },
        {
          action: 'Call Samaritans free on 116 123',
          detail: 'to talk to someone about anything that is troubling you, any time of the day or night.',
          phone: '116123',
        },
      ],
    },
    {
      country: 'US',
      contacts: [
        {
          action: 'Call 911',
          detail: 'if you or someone else is in immediate danger.',
          phone: '911',
        },
        {
          action: 'Call or text 988',
          detail: 'the 988 Suicide & Crisis Lifeline: free, confidential support, 24/7.',
          phone: '988',
          alternative: { label: 'or chat at 988lifeline.org', href: 'https://988lifeline.org/' },
        },
      ],
    },
  ],
};
