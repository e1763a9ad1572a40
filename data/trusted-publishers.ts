// The source policy's one list: the publishers a question may cite, and the web domains their pages
// live on. `npm run check` fails a source whose address is on no domain here, or whose `publisher`
// is not the publisher of that domain.
//
// Adding a publisher is an editorial decision, made deliberately in its own pull request: add an
// entry below with the publisher's name exactly as sources will write it, and the domains its own
// pages live on (a domain covers its subdomains; the most specific domain wins). Add only national
// health services and agencies, major clinical organisations, and peer-reviewed journals: never a
// blog, news site, shop, forum or supplement maker.
import type { TrustedPublishers } from '@/lib/trust/source-policy';

export const TRUSTED_PUBLISHERS: TrustedPublishers = {
  // Addresses that lead to a paper of any journal: the `publisher` of a source cited through them is
  // the journal, which must be one of the journals below, and the source needs a `doi` or `pmid`.
  paperResolvers: ['doi.org', 'pubmed.ncbi.nlm.nih.gov', 'pmc.ncbi.nlm.nih.gov', 'ncbi.nlm.nih.gov'],
  publishers: [
    // National health services and agencies.
    { name: 'NHS', kind: 'health-service', domains: ['nhs.uk'] },
    { name: 'NHS inform', kind: 'health-service', domains: ['nhsinform.scot'] },
    { name: 'National Institute for Health and Care Excellence', kind: 'health-service', domains: ['nice.org.uk'] },
    { name: 'MedlinePlus, U.S. National Library of Medicine', kind: 'health-service', domains: ['medlineplus.gov'] },
    { name: 'National Institutes of Health', kind: 'health-service', domains: ['nih.gov'] },
    {
      name: 'National Heart, Lung, and Blood Institute',
      aliases: ['National Heart, Lung, and Blood Institute (NIH)'],
      kind: 'health-service',
      domains: ['nhlbi.nih.gov'],
    },
    { name: 'National Institute of Mental Health', kind: 'health-service', domains: ['nimh.nih.gov'] },
    {
      name: 'National Institute of Arthritis and Musculoskeletal and Skin Diseases',
      aliases: ['National Institute of Arthritis and Musculoskeletal and Skin Diseases (NIH)'],
      kind: 'health-service',
      domains: ['niams.nih.gov'],
    },
    {
      name: 'National Institute of Diabetes and Digestive and Kidney Diseases',
      kind: 'health-service',
      domains: ['niddk.nih.gov'],
    },
    {
      name: 'National Center for Complementary and Integrative Health',
      kind: 'health-service',
      domains: ['nccih.nih.gov'],
    },
    { name: 'NIH Office of Dietary Supplements', kind: 'health-service', domains: ['ods.od.nih.gov'] },
    { name: 'National Institute on Aging', kind: 'health-service', domains: ['nia.nih.gov'] },
    {
      name: 'National Institute of Neurological Disorders and Stroke',
      kind: 'health-service',
      domains: ['ninds.nih.gov'],
    },
    { name: 'National Cancer Institute', kind: 'health-service', domains: ['cancer.gov'] },
    { name: 'Centers for Disease Control and Prevention', kind: 'health-service', domains: ['cdc.gov'] },
    { name: 'U.S. Food and Drug Administration', kind: 'health-service', domains: ['fda.gov'] },
    { name: 'World Health Organization', kind: 'health-service', domains: ['who.int'] },
    // UK government bodies share gov.uk: a gov.uk source may name any of them.
    {
      name: 'Medicines and Healthcare products Regulatory Agency',
      kind: 'health-service',
      domains: ['gov.uk'],
    },
    { name: 'UK Health Security Agency', kind: 'health-service', domains: ['gov.uk'] },
    { name: 'Department of Health and Social Care', kind: 'health-service', domains: ['gov.uk'] },

    // Clinical organisations.
    { name: 'Mayo Clinic', kind: 'clinical-organisation', domains: ['mayoclinic.org'] },
    { name: 'Cochrane', kind: 'clinical-organisation', domains: ['cochrane.org'] },
    { name: 'MSD Manual', kind: 'clinical-organisation', domains: ['msdmanuals.com'] },
    // The UK's nutrition science charity: its pages give the UK reference intakes (data/figures.ts).
    { name: 'British Nutrition Foundation', kind: 'clinical-organisation', domains: ['nutrition.org.uk'] },
    {
      name: 'Royal College of Obstetricians and Gynaecologists',
      kind: 'clinical-organisation',
      domains: ['rcog.org.uk'],
    },

    // Peer-reviewed journals. Those on a platform shared with other journals list no domain: cite
    // their papers through doi.org.
    { name: 'BMJ', kind: 'journal', domains: ['bmj.com'] },
    { name: 'British Journal of Sports Medicine', kind: 'journal', domains: ['bjsm.bmj.com'] },
    { name: 'Cochrane Database of Systematic Reviews', kind: 'journal', domains: ['cochranelibrary.com'] },
    { name: 'JAMA', kind: 'journal', domains: ['jamanetwork.com'] },
    { name: 'JAMA Internal Medicine', kind: 'journal', domains: ['jamanetwork.com'] },
    { name: 'JAMA Dermatology', kind: 'journal', domains: ['jamanetwork.com'] },
    { name: 'JAMA Network Open', kind: 'journal', domains: ['jamanetwork.com'] },
    { name: 'The Lancet', kind: 'journal', domains: ['thelancet.com'] },
    { name: 'The Lancet Public Health', kind: 'journal', domains: ['thelancet.com'] },
    { name: 'New England Journal of Medicine', kind: 'journal', domains: ['nejm.org'] },
    { name: 'Annals of Internal Medicine', kind: 'journal', domains: ['acpjournals.org'] },
    { name: 'Proceedings of the National Academy of Sciences', kind: 'journal', domains: ['pnas.org'] },
    { name: 'Journal of Clinical Oncology', kind: 'journal', domains: ['ascopubs.org'] },
    { name: 'Sleep', kind: 'journal', domains: [] },
    { name: 'Journal of Clinical Sleep Medicine', kind: 'journal', domains: [] },
    { name: 'Advances in Nutrition', kind: 'journal', domains: [] },
    { name: 'Acta Dermato-Venereologica', kind: 'journal', domains: [] },
    { name: 'Journal of Studies on Alcohol and Drugs', kind: 'journal', domains: [] },
    { name: 'Sports Medicine', kind: 'journal', domains: [] },
    { name: 'Journal of Behavioral Medicine', kind: 'journal', domains: [] },
    { name: 'The American Journal of Sports Medicine', kind: 'journal', domains: [] },
  ],
};
