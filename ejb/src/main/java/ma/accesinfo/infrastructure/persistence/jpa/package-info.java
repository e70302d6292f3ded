/** The domain's repositories on JPA (Hibernate) and PostgreSQL. */
package ma.accesinfo.infrastructure.persistence.jpa;
