/** Small value types shared by several aggregates. */
package ma.accesinfo.domain.model.shared;
