package ma.accesinfo.domain.model.publication;

/**
 * The categories of information Art. 10 of Law 31-13 names for proactive publication, in the law's
 * order. Some concern only certain bodies (the budgets of territorial collectivities, the results
 * of elections): a body declares those not applicable, with a reason.
 */
public enum PublicationCategory {
  /** Conventions whose accession or ratification has begun. */
  TREATIES,
  /** Legislative and regulatory texts. */
  LAWS_AND_REGULATIONS,
  /** Draft laws. */
  DRAFT_LAWS,
  /** Draft finance laws and their annexed documents. */
  DRAFT_FINANCE_LAWS,
  /** Law proposals tabled by members of Parliament. */
  PARLIAMENTARY_BILLS,
  /** Budgets of territorial collectivities and their accounting and financial statements. */
  LOCAL_BUDGETS_AND_ACCOUNTS,
  /** The body's missions, administrative structure and contact details. */
  MISSIONS_STRUCTURE_CONTACTS,
  /** Rules, procedures, circulars and guides its staff use. */
  INTERNAL_RULES_AND_GUIDES,
  /** Services offered, with the documents and information they require, and e-services. */
  SERVICES_AND_REQUIREMENTS,
  /** Users' rights and duties towards the body, and the ways to complain. */
  USERS_RIGHTS_AND_REMEDIES,
  /** Conditions for licences, permits and operating permits. */
  LICENCES_AND_PERMITS,
  /** Detailed results of elections. */
  ELECTION_RESULTS,
  /** Forecast programmes of public procurement, their results, winners and amounts. */
  PROCUREMENT,
  /** Recruitment competitions and professional examinations, and their results. */
  RECRUITMENT,
  /** Calls for candidates to senior posts, admitted candidates and results. */
  SENIOR_APPOINTMENTS,
  /** Reports, programmes, communiqués and studies. */
  REPORTS_AND_STUDIES,
  /** Economic and social statistics. */
  STATISTICS,
  /** Information on companies, notably from the central trade register. */
  COMPANY_INFORMATION,
  /** Information that ensures free, fair and lawful competition. */
  FAIR_COMPETITION
}
