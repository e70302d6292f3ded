package ma.accesinfo.reports;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A report made of sections of figures, each figure given for a year and for the year before, in
 * one language: what the annual transparency report is, independent of its formats.
 *
 * @param language {@code ar} or {@code fr}; Arabic is laid out right to left
 * @param valueHeading the heading of the year's column
 * @param previousHeading the heading of the previous year's column
 * @param footer the text at the foot of each page
 */
public record TableReport(
    String language,
    String title,
    String subtitle,
    String period,
    String note,
    String valueHeading,
    String previousHeading,
    String footer,
    List<Section> sections) {

  public TableReport {
    sections = List.copyOf(sections);
  }

  public boolean rtl() {
    return "ar".equals(language);
  }

  /**
   * @param key a stable name of the section, the same in every language
   * @param chart a picture of some of the section's figures, or null
   * @param empty what to say when the section has no rows, or null
   */
  public record Section(
      String key, String title, List<Row> rows, BufferedImage chart, String empty) {

    public Section {
      rows = List.copyOf(rows);
    }
  }

  /**
   * @param key a stable name of the figure, the same in every language
   * @param value the year's figure (a whole number, a number of days or a percentage), or null when
   *     there is none
   * @param previous the previous year's, or null
   * @param percent whether the figures are percentages
   */
  public record Row(String key, String label, Number value, Number previous, boolean percent) {}
}
