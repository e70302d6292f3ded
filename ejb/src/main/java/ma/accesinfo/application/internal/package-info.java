/** The application services' implementations: the transaction and security boundary. */
package ma.accesinfo.application.internal;
