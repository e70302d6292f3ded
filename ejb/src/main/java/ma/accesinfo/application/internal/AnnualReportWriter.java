package ma.accesinfo.application.internal;

import java.awt.image.BufferedImage;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import ma.accesinfo.domain.model.complaint.ComplianceStatus;
import ma.accesinfo.domain.model.complaint.HeadDecision;
import ma.accesinfo.domain.model.complaint.Recommendation;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.law.AccessLaw.Exemption;
import ma.accesinfo.domain.model.law.AccessLaw.RefusalGround;
import ma.accesinfo.domain.model.publication.PublicationStatus;
import ma.accesinfo.domain.model.request.Channel;
import ma.accesinfo.domain.model.request.Resolution;
import ma.accesinfo.domain.model.shared.Language;
import ma.accesinfo.domain.model.statistics.Statistics.Details;
import ma.accesinfo.domain.model.statistics.Statistics.Figures;
import ma.accesinfo.domain.model.statistics.Statistics.Pending;
import ma.accesinfo.domain.model.statistics.Statistics.Times;
import ma.accesinfo.reports.Charts;
import ma.accesinfo.reports.Charts.Bar;
import ma.accesinfo.reports.TableReport;
import ma.accesinfo.reports.TableReport.Row;
import ma.accesinfo.reports.TableReport.Section;

/**
 * Writes the annual report's sections from a year's figures and the year before's, in Arabic or
 * French: the same sections, rows and codes in every language, so that its editions and its CSV
 * line up. Sections follow the US Department of Justice's annual FOIA report, adapted to Law 31-13.
 */
final class AnnualReportWriter {

  static final String BUNDLE = "ma.accesinfo.application.internal.annual_report";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String[] BANDS = {"0-5", "6-10", "11-20", "21-40", "41+"};

  /**
   * What a report is written from.
   *
   * @param bodyNameAr null for the national report, as is the French name
   * @param until the last day the figures cover
   */
  record Input(
      long id,
      int year,
      String bodyNameAr,
      String bodyNameFr,
      LocalDate until,
      LocalDate issuedOn,
      Figures figures,
      Details details,
      Figures previous,
      Details previousDetails) {}

  private final ResourceBundle text;
  private final ResourceBundle letters;
  private final Input in;
  private final Language language;
  private final AccessLaw law;

  private AnnualReportWriter(Input in, Language language, AccessLaw law) {
    this.in = in;
    this.language = language;
    this.law = law;
    this.text = ResourceBundle.getBundle(BUNDLE, language.locale());
    this.letters = ResourceBundle.getBundle(DecisionLetters.BUNDLE, language.locale());
  }

  static TableReport write(Input in, Language language, AccessLaw law) {
    return new AnnualReportWriter(in, language, law).report();
  }

  private TableReport report() {
    boolean arabic = language == Language.AR;
    String scope =
        in.bodyNameAr() == null ? text("national") : arabic ? in.bodyNameAr() : in.bodyNameFr();
    LocalDate yearEnd = LocalDate.of(in.year(), 12, 31);
    Figures now = in.figures();
    Figures before = in.previous();
    Details details = in.details();
    Details earlier = in.previousDetails();
    List<Section> sections = new ArrayList<>();

    List<Row> volume =
        List.of(
            row("volume.pendingAtStart", now.pendingAtStart(), before.pendingAtStart()),
            row("volume.received", now.received(), before.received()),
            row("volume.closed", now.closed(), before.closed()),
            row("volume.pendingAtEnd", now.pendingAtEnd(), before.pendingAtEnd()));
    sections.add(section("volume", volume, chart(volume)));

    List<Row> channels = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      channels.add(counted("channel." + channel.name(), now.byChannel(), before.byChannel()));
    }
    for (String type : List.of("CITIZEN", "RESIDENT", "UNKNOWN")) {
      channels.add(
          counted("requester." + type, details.requesterTypes(), earlier.requesterTypes()));
    }
    sections.add(section("channels", channels, null));

    sections.add(
        section(
            "urgent",
            List.of(
                row("urgent.received", now.receivedUrgent(), before.receivedUrgent()),
                row("urgent.declined", details.urgencyDeclined(), earlier.urgencyDeclined()),
                row("urgent.answered", details.urgent().answered(), earlier.urgent().answered())),
            null));

    List<Row> outcomes = new ArrayList<>();
    for (Resolution resolution : Resolution.values()) {
      outcomes.add(counted("outcome." + resolution.name(), now.outcomes(), before.outcomes()));
    }
    sections.add(section("dispositions", outcomes, chart(outcomes)));

    List<Row> grounds = new ArrayList<>();
    for (RefusalGround ground : law.refusalGrounds()) {
      grounds.add(
          labelled(
              "ground." + ground.code(),
              text("ground." + ground.code()),
              details.refusalGrounds(),
              earlier.refusalGrounds()));
    }
    sections.add(section("refusals", grounds, null));

    List<Row> exemptions = new ArrayList<>();
    for (Exemption exemption : law.exemptions()) {
      exemptions.add(
          labelled(
              "exemption." + exemption.code(),
              capitalised(letters.getString("exemption." + exemption.code())),
              details.exemptions(),
              earlier.exemptions()));
    }
    sections.add(section("exemptions", exemptions, null));

    List<Row> times = new ArrayList<>();
    times.addAll(times("ordinary", details.ordinary(), earlier.ordinary()));
    times.addAll(times("urgent", details.urgent(), earlier.urgent()));
    List<Row> bands = new ArrayList<>();
    for (String band : BANDS) {
      bands.add(counted("band." + band, now.bands(), before.bands()));
    }
    times.addAll(bands);
    sections.add(section("times", times, chart(bands)));

    sections.add(
        section(
            "deadline",
            List.of(
                row("deadline.answered", now.answered(), before.answered()),
                row("deadline.onTime", now.answeredOnTime(), before.answeredOnTime()),
                new Row(
                    "deadline.share",
                    text("deadline.share"),
                    percent(now.shareOnTime()),
                    percent(before.shareOnTime()),
                    true)),
            null));

    List<Row> extensions = new ArrayList<>();
    extensions.add(row("extensions.total", now.extended(), before.extended()));
    for (String ground : law.extensionGrounds()) {
      extensions.add(
          counted("extension." + ground, details.extensionGrounds(), earlier.extensionGrounds()));
    }
    sections.add(section("extensions", extensions, null));

    List<Row> oldest = new ArrayList<>();
    for (Pending pending : details.oldestPending()) {
      oldest.add(
          new Row(
              "oldest." + pending.reference(),
              format(
                  "oldest.row",
                  pending.reference(),
                  pending.bodyCode(),
                  DATE.format(pending.receivedOn()),
                  DATE.format(pending.dueDate())),
              pending.workingDaysOpen(),
              null,
              false));
    }
    sections.add(
        new Section(
            "oldest",
            format("section.oldest", DATE.format(in.until())),
            oldest,
            null,
            text("oldest.none")));

    List<Row> head = new ArrayList<>();
    head.add(counted("head.received", details.headComplaints(), earlier.headComplaints()));
    for (HeadDecision decision : HeadDecision.values()) {
      head.add(
          counted(
              "head.decided." + decision.name(),
              details.headComplaints(),
              earlier.headComplaints()));
    }
    head.add(counted("head.decidedLate", details.headComplaints(), earlier.headComplaints()));
    head.add(counted("head.pendingAtEnd", details.headComplaints(), earlier.headComplaints()));
    sections.add(section("head", head, null));

    List<Row> commission = new ArrayList<>();
    List<String> keys = new ArrayList<>(List.of("received", "inadmissible"));
    for (Recommendation recommendation : Recommendation.values()) {
      keys.add("recommendation." + recommendation.name());
    }
    for (ComplianceStatus status : ComplianceStatus.values()) {
      keys.add("compliance." + status.name());
    }
    keys.add("appeals");
    for (String key : keys) {
      commission.add(
          counted(
              "commission." + key, details.commissionComplaints(), earlier.commissionComplaints()));
    }
    sections.add(section("commission", commission, null));

    List<Row> publication = new ArrayList<>();
    List<String> statuses = new ArrayList<>();
    for (PublicationStatus status : PublicationStatus.values()) {
      statuses.add(status.name());
    }
    statuses.add("UNDECLARED");
    for (String status : statuses) {
      publication.add(
          new Row(
              "publication." + status,
              text("publication." + status),
              details.publication().getOrDefault(status, 0L),
              null,
              false));
    }
    sections.add(
        new Section(
            "publication",
            format("section.publication", DATE.format(in.issuedOn())),
            publication,
            null,
            null));

    return new TableReport(
        language.name().toLowerCase(java.util.Locale.ROOT),
        format("title", String.valueOf(in.year())),
        scope,
        format("period", DATE.format(LocalDate.of(in.year(), 1, 1)), DATE.format(in.until())),
        in.until().isBefore(yearEnd) ? format("provisional", DATE.format(in.until())) : null,
        String.valueOf(in.year()),
        String.valueOf(in.year() - 1),
        format("footer", String.valueOf(in.id()), DATE.format(in.issuedOn())),
        sections);
  }

  private List<Row> times(String kind, Times now, Times before) {
    return List.of(
        new Row(
            "times." + kind + ".median",
            text("times." + kind + ".median"),
            now.medianDays(),
            before.medianDays(),
            false),
        new Row(
            "times." + kind + ".mean",
            text("times." + kind + ".mean"),
            now.meanDays(),
            before.meanDays(),
            false),
        new Row(
            "times." + kind + ".fewest",
            text("times." + kind + ".fewest"),
            now.fewestDays(),
            before.fewestDays(),
            false),
        new Row(
            "times." + kind + ".most",
            text("times." + kind + ".most"),
            now.mostDays(),
            before.mostDays(),
            false));
  }

  private Section section(String key, List<Row> rows, BufferedImage chart) {
    return new Section(key, text("section." + key), rows, chart, text("empty"));
  }

  private Row row(String key, long value, long previous) {
    return new Row(key, text(key), value, previous, false);
  }

  /** A count read from the year's and the previous year's maps; a key missing counts none. */
  private Row counted(String key, Map<String, Long> now, Map<String, Long> before) {
    return labelled(key, text(key), now, before);
  }

  private static Row labelled(
      String key, String label, Map<String, Long> now, Map<String, Long> before) {
    String code = key.substring(key.indexOf('.') + 1);
    return new Row(
        key,
        label,
        now.getOrDefault(code, now.getOrDefault(key, 0L)),
        before.getOrDefault(code, before.getOrDefault(key, 0L)),
        false);
  }

  /** A bar chart of rows' whole-number figures, the year against the year before. */
  private BufferedImage chart(List<Row> rows) {
    List<Bar> bars = new ArrayList<>();
    for (Row row : rows) {
      bars.add(
          new Bar(
              row.label(),
              row.value() == null ? 0 : row.value().longValue(),
              row.previous() == null ? 0 : row.previous().longValue()));
    }
    return Charts.bars(
        bars,
        String.valueOf(in.year()),
        String.valueOf(in.year() - 1),
        language == Language.AR,
        1000);
  }

  private static Double percent(Double share) {
    return share == null ? null : Math.round(share * 1000) / 10.0;
  }

  private String text(String key) {
    return text.getString(key);
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(text.getString(key), language.locale()).format(arguments);
  }

  private static String capitalised(String label) {
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
