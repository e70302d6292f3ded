/**
 * The application services: what users can do, each call a transaction that checks who the caller
 * is and what they may do to which record.
 */
package ma.accesinfo.application;
