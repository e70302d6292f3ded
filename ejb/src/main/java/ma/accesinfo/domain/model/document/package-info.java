/**
 * Documents released with a decision, and the release gate that inspects each one before anyone
 * outside the body can read it.
 */
package ma.accesinfo.domain.model.document;
