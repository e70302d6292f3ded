package ma.accesinfo.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every template ({@code .jrxml}) of a folder into another ({@code .jasper}); the build
 * runs it, so that a template with an error fails the build, not a citizen's letter.
 */
public final class TemplateCompiler {

  private TemplateCompiler() {}

  public static void main(String[] args) throws IOException, JRException {
    Path sources = Path.of(args[0]);
    Path target = Path.of(args[1]);
    Files.createDirectories(target);
    List<Path> templates;
    try (Stream<Path> files = Files.list(sources)) {
      templates = files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
    }
    for (Path template : templates) {
      String name = template.getFileName().toString().replace(".jrxml", ".jasper");
      JasperCompileManager.compileReportToFile(
          template.toString(), target.resolve(name).toString());
    }
    System.out.println("Compiled " + templates.size() + " report templates into " + target);
  }
}
