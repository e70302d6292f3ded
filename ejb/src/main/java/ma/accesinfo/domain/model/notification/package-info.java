/** Notifications: the outbox of e-mail that tells people what the procedures need them to know. */
package ma.accesinfo.domain.model.notification;
