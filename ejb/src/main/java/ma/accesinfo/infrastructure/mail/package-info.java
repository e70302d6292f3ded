/** Delivery of the outbox's e-mail through the application server's mail session. */
package ma.accesinfo.infrastructure.mail;
