/** How the right is applied, in figures: volumes, outcomes, time to answer, share on time. */
package ma.accesinfo.domain.model.statistics;
