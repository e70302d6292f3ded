/** People who sign in, and the roles they hold. */
package ma.accesinfo.domain.model.account;
