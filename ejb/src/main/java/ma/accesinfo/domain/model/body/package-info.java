/** The bodies that hold information and answer requests. */
package ma.accesinfo.domain.model.body;
