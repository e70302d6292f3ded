package ma.accesinfo.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.shared.Language;
import ma.accesinfo.domain.model.statistics.Statistics.Details;
import ma.accesinfo.domain.model.statistics.Statistics.Figures;
import ma.accesinfo.domain.model.statistics.Statistics.Pending;
import ma.accesinfo.domain.model.statistics.Statistics.Times;
import ma.accesinfo.reports.TableReport;
import ma.accesinfo.reports.TableReport.Row;
import org.junit.jupiter.api.Test;

/** The report's editions line up, and each figure lands on its row. */
class AnnualReportWriterTest {

  private static final Times NONE = new Times(0, 0, null, null, null, null);

  private static Figures figures(long received, long granted, long answered, long onTime) {
    return new Figures(
        2026,
        received,
        2,
        answered,
        1,
        3,
        Map.of("ONLINE", received - 1, "POST", 1L),
        Map.of("GRANTED", granted),
        answered,
        onTime,
        4.0,
        5.5,
        1,
        12,
        Map.of("0-5", 1L, "6-10", answered - 1),
        1);
  }

  private static Details details(List<Pending> oldest) {
    return new Details(
        Map.of("CITIZEN", 9L, "RESIDENT", 1L),
        1,
        Map.of("EXEMPTION", 2L),
        Map.of("PRIVATE_LIFE", 2L),
        Map.of("LARGE_VOLUME", 1L),
        new Times(7, 6, 4.0, 5.5, 1, 12),
        NONE,
        oldest,
        Map.of("received", 2L, "decided.UPHELD", 1L),
        Map.of("received", 1L, "recommendation.DISCLOSE", 1L),
        Map.of("PUBLISHED", 12L, "UNDECLARED", 7L));
  }

  private static final AnnualReportWriter.Input INPUT =
      new AnnualReportWriter.Input(
          7,
          2026,
          null,
          null,
          LocalDate.of(2026, 11, 27),
          LocalDate.of(2026, 11, 27),
          figures(10, 6, 8, 6),
          details(
              List.of(
                  new Pending(
                      "DI-2026-000001",
                      "MIN-EF",
                      LocalDate.of(2026, 1, 5),
                      LocalDate.of(2026, 2, 2),
                      230))),
          figures(4, 2, 2, 2),
          details(List.of()));

  @Test
  void shouldPutEachFigureOnItsRowWithTheYearBefore() {
    TableReport french = AnnualReportWriter.write(INPUT, Language.FR, AccessLaw.LAW_31_13);

    assertThat(row(french, "volume.received").value()).isEqualTo(10L);
    assertThat(row(french, "volume.received").previous()).isEqualTo(4L);
    assertThat(row(french, "channel.POST").value()).isEqualTo(1L);
    assertThat(row(french, "channel.COUNTER").value()).isEqualTo(0L);
    assertThat(row(french, "exemption.PRIVATE_LIFE").value()).isEqualTo(2L);
    assertThat(row(french, "exemption.NATIONAL_DEFENCE").value()).isEqualTo(0L);
    assertThat(row(french, "deadline.share").value()).isEqualTo(75.0);
    assertThat(row(french, "deadline.share").previous()).isEqualTo(100.0);
    assertThat(row(french, "times.urgent.median").value()).isNull();
    assertThat(row(french, "head.decided.UPHELD").value()).isEqualTo(1L);
    assertThat(row(french, "commission.recommendation.DISCLOSE").value()).isEqualTo(1L);
    assertThat(row(french, "publication.UNDECLARED").value()).isEqualTo(7L);
    assertThat(row(french, "oldest.DI-2026-000001").label())
        .contains("DI-2026-000001")
        .contains("MIN-EF")
        .contains("05/01/2026");
    assertThat(french.note()).contains("27/11/2026");
    assertThat(french.subtitle()).isEqualTo("Rapport national : ensemble des organismes");
  }

  @Test
  void shouldGiveTheSameRowsInArabicAndFrench() {
    TableReport arabic = AnnualReportWriter.write(INPUT, Language.AR, AccessLaw.LAW_31_13);
    TableReport french = AnnualReportWriter.write(INPUT, Language.FR, AccessLaw.LAW_31_13);

    assertThat(codes(arabic)).isEqualTo(codes(french)).hasSizeGreaterThan(70);
    assertThat(arabic.rtl()).isTrue();
    assertThat(row(arabic, "volume.received").label()).isEqualTo("الطلبات الواردة خلال السنة");
  }

  private static List<String> codes(TableReport report) {
    return report.sections().stream().flatMap(s -> s.rows().stream()).map(Row::key).toList();
  }

  private static Row row(TableReport report, String key) {
    return report.sections().stream()
        .flatMap(s -> s.rows().stream())
        .filter(r -> r.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + key));
  }
}
