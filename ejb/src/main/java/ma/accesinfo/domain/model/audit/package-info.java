/**
 * The audit trail: who did what to which record, and with what outcome, kept append-only and
 * hash-chained so that a changed or removed entry is detected.
 */
package ma.accesinfo.domain.model.audit;
