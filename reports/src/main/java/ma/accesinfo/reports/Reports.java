package ma.accesinfo.reports;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/** Fills the compiled templates of this module and exports them as PDF. */
public final class Reports {

  private static final Map<String, JasperReport> LOADED = new ConcurrentHashMap<>();

  private Reports() {}

  /**
   * A PDF of the template filled with the parameters and the rows (each a map of field values).
   *
   * @param template the template's name, without extension (e.g. {@code document-rendition})
   */
  public static byte[] pdf(
      String template, Map<String, Object> parameters, Collection<Map<String, ?>> rows) {
    try {
      JasperPrint print =
          JasperFillManager.fillReport(
              compiled(template),
              new java.util.HashMap<>(parameters),
              new JRMapCollectionDataSource(rows));
      return JasperExportManager.exportReportToPdf(print);
    } catch (JRException e) {
      throw new IllegalStateException("report " + template + " could not be made", e);
    }
  }

  private static JasperReport compiled(String template) {
    return LOADED.computeIfAbsent(
        template,
        name -> {
          try (InputStream in = Reports.class.getResourceAsStream(name + ".jasper")) {
            if (in == null) {
              throw new IllegalArgumentException("no compiled template " + name);
            }
            return (JasperReport) JRLoader.loadObject(in);
          } catch (java.io.IOException | JRException e) {
            throw new IllegalStateException("template " + name + " could not be loaded", e);
          }
        });
  }
}
