/** Redress: complaints to the head of the body and to the Commission, and what follows them. */
package ma.accesinfo.domain.model.complaint;
