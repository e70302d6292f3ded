/** The administration's working days and the counting of the law's periods. */
package ma.accesinfo.domain.model.calendar;
