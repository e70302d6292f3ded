/** Openness: what the public may read of how the right is applied, without anyone's identity. */
package ma.accesinfo.domain.model.openness;
