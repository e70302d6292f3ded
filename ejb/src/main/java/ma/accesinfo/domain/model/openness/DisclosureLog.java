package ma.accesinfo.domain.model.openness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The public disclosure log: the answers bodies released, with their documents, under a pseudonym
 * and without personal data, searchable in Arabic and French.
 */
public interface DisclosureLog {

  /**
   * Entries listed without words are counted up to this number; beyond it, a page says "at least".
   * With words, the matches ranked (the most recent ones) are counted.
   */
  int COUNT_CAP = 10_000;

  /** Publishes a released answer in the caller's transaction. */
  void publish(NewEntry entry);

  /**
   * Entries matching the filter: ranked by relevance when words are given, else newest first.
   *
   * @param offset how many matching entries to skip, for the following pages
   */
  Page search(Filter filter, int offset, int limit);

  Optional<Entry> find(long id);

  /**
   * The first {@code limit} entries after the entry {@code afterId} matching the filter (words
   * aside), oldest first, handed over one at a time; returns the id of the last one handed over, or
   * null when there was none.
   */
  Long export(Filter filter, long afterId, int limit, Consumer<Entry> sink);

  /** The released documents of an entry, in the order they were attached. */
  List<PublishedDocument> documents(long entryId);

  /**
   * The bodies whose released answers match the words (any of them, in Arabic or French), those
   * with most matching answers first: the bodies most likely to hold such information.
   */
  List<BodyMatch> bodiesAnswering(String words, int limit);

  record BodyMatch(String bodyCode, long answers) {}

  /** The request behind an entry, for reading a document through it; never published. */
  Optional<Long> requestOf(long entryId);

  record NewEntry(
      long requestId,
      long bodyId,
      Instant publishedAt,
      LocalDate decidedOn,
      String resolution,
      String pseudonym,
      String language,
      String subject,
      String requestText,
      String answer,
      String withheldParts) {}

  record Filter(String words, String bodyCode, Integer year) {}

  record Entry(
      long id,
      String bodyCode,
      String bodyNameAr,
      String bodyNameFr,
      LocalDate decidedOn,
      String resolution,
      String pseudonym,
      String language,
      String subject,
      String requestText,
      String answer,
      String withheldParts,
      int documents,
      String excerpt) {}

  /**
   * @param total how many entries match, counted up to a bound
   * @param totalIsAtLeast whether the count stopped at its bound: there may be more
   */
  record Page(List<Entry> entries, long total, boolean totalIsAtLeast) {}

  record PublishedDocument(long id, String fileName, String mediaType, long size, String sha256) {}
}
