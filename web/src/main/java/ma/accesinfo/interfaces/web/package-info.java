/**
 * The web pages (Jakarta Faces): the citizen portal, in Arabic (right to left), French, English and
 * Amazigh. Pages call the same application services as the API, which check on the server who may
 * do what on which record.
 */
package ma.accesinfo.interfaces.web;
