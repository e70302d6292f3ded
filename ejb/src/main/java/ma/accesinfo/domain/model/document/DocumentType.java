package ma.accesinfo.domain.model.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of document a body may release, each with the media type its content must have. Older
 * binary office formats are not taken: the gate cannot inspect them as thoroughly, and every office
 * suite saves the open formats.
 */
public enum DocumentType {
  PDF("application/pdf", "pdf"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  CSV("text/csv", "csv"),
  TEXT("text/plain", "txt");

  private final String mediaType;
  private final String extension;

  DocumentType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public static Optional<DocumentType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
  }

  public boolean spreadsheet() {
    return this == XLSX;
  }

  public boolean officeDocument() {
    return this == DOCX;
  }
}
