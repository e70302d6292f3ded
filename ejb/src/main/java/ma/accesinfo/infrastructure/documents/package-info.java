/**
 * The release gate over Apache Tika (type by content), Apache POI (spreadsheets and word
 * processing) and Apache PDFBox (PDF): inspection and conversion of the documents a body releases.
 */
package ma.accesinfo.infrastructure.documents;
