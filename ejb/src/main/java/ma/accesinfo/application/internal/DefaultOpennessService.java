package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import ma.accesinfo.application.DocumentService.DocumentContent;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.OpennessService;
import ma.accesinfo.application.ProcedureSettings;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.domain.model.document.DocumentRepository;
import ma.accesinfo.domain.model.document.ReleaseDocument;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.openness.DisclosureLog;
import ma.accesinfo.domain.model.openness.RefusalRegister;
import ma.accesinfo.domain.model.openness.RefusalRegister.Check;
import ma.accesinfo.domain.model.openness.RefusalRegister.Entry;
import ma.accesinfo.domain.model.openness.RefusalRegister.Filter;

@Stateless
public class DefaultOpennessService implements OpennessService {

  /**
   * Entries exported a transaction at a time: a national log (a million entries, gigabytes) takes
   * longer to download than a transaction may last.
   */
  static final int EXPORT_PART = 5_000;

  static final int REGISTER_LIMIT = 1_000;
  private static final Pattern BODY_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]*$");
  private static final Pattern YEAR = Pattern.compile("^20\\d\\d$");
  private static final Pattern PAGE = Pattern.compile("^[1-9]\\d{0,4}$");
  private static final int WORDS_LIMIT = 200;
  private static final Pattern OUTCOME = Pattern.compile("^[A-Z_]{2,40}$");

  /** What a head or the Commission may decide of a refusal: the register's outcomes. */
  private static final List<String> OUTCOMES =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(ma.accesinfo.domain.model.complaint.HeadDecision.values()),
              java.util.Arrays.stream(ma.accesinfo.domain.model.complaint.Recommendation.values()))
          .map(Enum::name)
          .toList();

  @Inject RefusalRegister register;
  @Inject DisclosureLog log;
  @Inject DocumentRepository documents;
  @Inject ProcedureSettings settings;
  @Inject AccessLaw law;

  @Override
  public List<Entry> refusals(String bodyCode, String exemption, String year, String outcome) {
    InputCheck check = new InputCheck();
    String body = check.matching("body", upper(bodyCode), false, 40, BODY_CODE, "MIN-EF");
    String exemptionCode = check.text("exemption", upper(exemption), false, 60);
    if (exemptionCode != null && !law.isExemption(exemptionCode)) {
      check.add("exemption", "invalidChoice", "Art. 7");
    }
    String yearText = check.matching("year", year, false, 4, YEAR, "2026");
    String outcomeCode = check.matching("outcome", upper(outcome), false, 40, OUTCOME, "UPHELD");
    if (outcomeCode != null && !OUTCOMES.contains(outcomeCode)) {
      check.add("outcome", "invalidChoice", String.join(", ", OUTCOMES));
    }
    check.done();
    return register.search(
        new Filter(
            body, exemptionCode, yearText == null ? null : Integer.valueOf(yearText), outcomeCode),
        REGISTER_LIMIT);
  }

  @Override
  public Check verifyRefusals() {
    return register.verify();
  }

  @Override
  public DisclosurePage disclosures(String words, String bodyCode, String year, String page) {
    InputCheck check = new InputCheck();
    String text = check.text("q", words, false, WORDS_LIMIT);
    String body = check.matching("body", upper(bodyCode), false, 40, BODY_CODE, "MIN-EF");
    String yearText = check.matching("year", year, false, 4, YEAR, "2026");
    String pageText = check.matching("page", page, false, 5, PAGE, "2");
    check.done();
    int number = pageText == null ? 1 : Integer.parseInt(pageText);
    DisclosureLog.Page found =
        log.search(
            new DisclosureLog.Filter(
                text, body, yearText == null ? null : Integer.valueOf(yearText)),
            (number - 1) * PAGE_SIZE,
            PAGE_SIZE);
    return new DisclosurePage(
        found.entries(),
        found.total(),
        found.totalIsAtLeast(),
        number,
        PAGE_SIZE,
        settings.openDataLicence());
  }

  @Override
  public void checkDisclosureExport(String bodyCode, String year) {
    exportFilter(bodyCode, year);
  }

  @Override
  public Long exportDisclosures(
      String bodyCode, String year, long afterId, Consumer<DisclosureLog.Entry> sink) {
    return log.export(exportFilter(bodyCode, year), afterId, EXPORT_PART, sink);
  }

  private DisclosureLog.Filter exportFilter(String bodyCode, String year) {
    InputCheck check = new InputCheck();
    String body = check.matching("body", upper(bodyCode), false, 40, BODY_CODE, "MIN-EF");
    String yearText = check.matching("year", year, false, 4, YEAR, "2026");
    check.done();
    return new DisclosureLog.Filter(
        null, body, yearText == null ? null : Integer.valueOf(yearText));
  }

  @Override
  public DisclosureView findDisclosure(long id) {
    DisclosureLog.Entry entry =
        log.find(id).orElseThrow(() -> new RecordNotFoundException("disclosureNotFound", id));
    return new DisclosureView(entry, log.documents(id), settings.openDataLicence());
  }

  @Override
  public DocumentContent findDisclosedDocument(long entryId, long documentId) {
    boolean published = log.documents(entryId).stream().anyMatch(d -> d.id() == documentId);
    if (!published) {
      throw new RecordNotFoundException("documentNotFound", documentId);
    }
    long requestId = log.requestOf(entryId).orElseThrow();
    ReleaseDocument document = documents.find(requestId, documentId).orElseThrow();
    return new DocumentContent(
        document.fileName(), document.mediaType(), documents.content(documentId));
  }

  @Override
  public List<DisclosureLog.Entry> suggestions(String text) {
    InputCheck check = new InputCheck();
    String written = check.text("q", text, false, 20_000);
    check.done();
    if (written == null) {
      return List.of();
    }
    String words = SearchWords.anyOf(written);
    if (words == null) {
      return List.of();
    }
    return log.search(new DisclosureLog.Filter(words, null, null), 0, 5).entries();
  }

  private static String upper(String text) {
    return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
  }
}
