package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Each body's record of what it publishes of its own accord under Art. 10 of Law 31-13: the law's
 * categories as a checklist, with links and the date each was last updated.
 */
@Local
public interface PublicationService {

  /** Anyone reads a body's record: every category of the law, in its order, declared or not. */
  List<PublicationItem> findPublicationRecord(String bodyCode);

  /**
   * An information officer or the head of the body declares where it stands on a category:
   * published (address and date of the last update required), not published, or not applicable (a
   * note saying why required).
   */
  PublicationItem declarePublication(String bodyCode, String category, Declaration declaration);

  /** Every active body's record, for open data. */
  List<BodyRecord> listPublicationRecords();

  record Declaration(String status, String url, LocalDate lastUpdated, String note) {}

  /**
   * @param status PUBLISHED, NOT_PUBLISHED, NOT_APPLICABLE, or NOT_DECLARED when the body has said
   *     nothing of the category
   */
  record PublicationItem(
      String category,
      String status,
      String url,
      LocalDate lastUpdated,
      String note,
      Instant declaredAt) {}

  record BodyRecord(String bodyCode, String nameAr, String nameFr, List<PublicationItem> items) {}
}
