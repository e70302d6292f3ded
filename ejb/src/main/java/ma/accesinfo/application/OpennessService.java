package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.function.Consumer;
import ma.accesinfo.domain.model.openness.DisclosureLog;
import ma.accesinfo.domain.model.openness.RefusalRegister.Check;
import ma.accesinfo.domain.model.openness.RefusalRegister.Entry;

/**
 * What anyone may read of how the right is applied: the public register of refusals and the
 * disclosure log of released answers.
 */
@Local
public interface OpennessService {

  /**
   * The register's entries, newest first, filtered by body code, Art. 7 exemption code, year of the
   * decision and outcome of a complaint; never anyone's identity.
   */
  List<Entry> refusals(String bodyCode, String exemption, String year, String outcome);

  /** Recomputes the register's hash chain, for anyone to check that nothing was changed. */
  Check verifyRefusals();

  /**
   * The disclosure log's entries: ranked by relevance to the words (Arabic or French, any inflected
   * form), else newest first; filtered by body code and year; by pages of {@link #PAGE_SIZE} (the
   * first is 1).
   */
  DisclosurePage disclosures(String words, String bodyCode, String year, String page);

  /**
   * Checks the filter of an export of the disclosure log before it starts (a body's code, a year),
   * so that a bad one is refused before the first byte of the file leaves.
   */
  void checkDisclosureExport(String bodyCode, String year);

  /**
   * The whole disclosure log, or a body's or a year's part of it, oldest first, for open data, in
   * parts: the entries after {@code afterId} (0 for the first part), at most a few thousand, each
   * handed to the sink as it is read, so that the log never sits in memory and no transaction lasts
   * as long as a download of the whole log. Returns the id of the last entry handed over, where the
   * next part starts, or null once the export is complete.
   */
  Long exportDisclosures(
      String bodyCode, String year, long afterId, Consumer<DisclosureLog.Entry> sink);

  /** One entry of the disclosure log, with its released documents. */
  DisclosureView findDisclosure(long id);

  /** A document released with an entry of the disclosure log. */
  DocumentService.DocumentContent findDisclosedDocument(long entryId, long documentId);

  /**
   * What is already published that may answer a request still being written: past released answers
   * sharing its words, best first, at most five.
   */
  List<DisclosureLog.Entry> suggestions(String text);

  int PAGE_SIZE = 20;

  /**
   * @param total the number of matching entries, counted up to {@code totalIsAtLeast}
   */
  record DisclosurePage(
      List<DisclosureLog.Entry> entries,
      long total,
      boolean totalIsAtLeast,
      int page,
      int pageSize,
      String licence) {}

  record DisclosureView(
      DisclosureLog.Entry entry, List<DisclosureLog.PublishedDocument> documents, String licence) {}
}
