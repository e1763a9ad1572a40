// Who to contact for help, written once for every page: the headings of a question's "when to get
// help" boxes and the crisis contacts shown on every page of a crisis-support category. Pages never
// type a phone number themselves.
//
// Wording checked on 1 December 2026 against the stored copies of these pages:
// - "Need help now? What to do in a mental health crisis", Cumbria, Northumberland, Tyne and Wear
//   NHS Foundation Trust, https://www.cntw.nhs.uk/need-help-now ("Call NHS 111 and select the mental
//   health option", 24 hours a day, 7 days a week; "Call 999 or go to A&E if you, or someone else
//   have harmed themselves or is at immediate risk").
// - "NHS 111 – option 2 for crisis mental health support", Norwood Medical Centre (2024),
//   https://www.norwoodmc.co.uk/2024/08/14/nhs-111-option-2-for-crisis-mental-health-support/
//   (the mental health option is option 2; some areas now announce it as "the mental health option").
// - "Contact a Samaritan", Samaritans, https://www.samaritans.org/how-we-can-help/contact-samaritan/
//   (116 123 is free from landlines and mobiles; volunteers answer 24 hours a day).
// - "988 Suicide & Crisis Lifeline", Wyoming Department of Health,
//   https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline
//   ("call or text 988—or chat online at 988Lifeline.org"; free, confidential, 24/7; "call 911" if
//   in immediate danger).
// Recheck them when a page here is reviewed, and at least once a year.

export interface HelpBoxWording {
  /** Completed by each item of the question's list: "Call 999 or go to A&E if:" */
  heading: string;
  /** The same advice for readers in the United States. */
  inTheUs: string;
}

export const WHEN_TO_GET_HELP: { urgent: HelpBoxWording; soon: HelpBoxWording } = {
  urgent: {
    heading: 'Call 999 or go to A&E if:',
    inTheUs: 'In the US, call 911.',
  },
  soon: {
    heading: 'See a GP or contact NHS 111 if:',
    inTheUs: 'In the US, contact your doctor or an urgent care center.',
  },
};

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
          action: 'Call NHS 111 and select the mental health option (option 2)',
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
