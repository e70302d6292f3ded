/**
 * Annual transparency reports: each issue of a report (national, or for one body) and the files it
 * was issued as, kept unchanged with their checksums.
 */
package ma.accesinfo.domain.model.report;
