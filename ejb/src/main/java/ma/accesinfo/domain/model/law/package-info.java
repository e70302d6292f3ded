/** The law's rules (periods, grounds, exemptions) as data. */
package ma.accesinfo.domain.model.law;
