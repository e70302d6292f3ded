package ma.accesinfo.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.jandex.IndexWriter;
import org.jboss.jandex.Indexer;

/**
 * Puts an annotation index ({@code META-INF/jandex.idx}) into each library of the built EAR that
 * has none, so that WildFly reads it at deployment instead of reading every class of every library
 * for annotations (some 30,000 classes: JasperReports, POI, PDFBox, the process engine), which was
 * several seconds of each start.
 *
 * <p>The index is written with the Jandex version of the provisioned WildFly (the build pins it),
 * so that the server reads it; a library whose classes cannot be indexed is left without one, and
 * the server indexes it as before. Run by the build after the EAR is packaged: the argument is the
 * EAR.
 */
public final class LibraryIndexes {

  static final String INDEX = "META-INF/jandex.idx";

  private LibraryIndexes() {}

  public static void main(String[] args) throws IOException {
    Path ear = Path.of(args[0]);
    Path work = Files.createTempDirectory("ear-indexes");
    int indexed = 0;
    int classes = 0;
    try (FileSystem archive = FileSystems.newFileSystem(ear)) {
      List<Path> libraries;
      try (Stream<Path> lib = Files.list(archive.getPath("/lib"))) {
        libraries = lib.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
      }
      for (Path library : libraries) {
        Path copy = work.resolve(library.getFileName().toString());
        try {
          Files.copy(library, copy, StandardCopyOption.REPLACE_EXISTING);
          int count = index(copy);
          if (count > 0) {
            Files.copy(copy, library, StandardCopyOption.REPLACE_EXISTING);
            indexed++;
            classes += count;
          }
        } finally {
          Files.deleteIfExists(copy);
        }
      }
    } finally {
      Files.deleteIfExists(work);
    }
    System.out.printf(
        "Annotation indexes added to %d libraries (%,d classes) of %s%n", indexed, classes, ear);
  }

  /**
   * Indexes the classes of one library and stores the index inside it; returns how many classes it
   * holds, or 0 when the library already has an index, has no classes, or cannot be indexed.
   */
  static int index(Path jar) throws IOException {
    Indexer indexer = new Indexer();
    int count = 0;
    try (FileSystem library =
        FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
      if (Files.exists(library.getPath(INDEX))) {
        return 0;
      }
      List<Path> classFiles;
      try (Stream<Path> all = Files.walk(library.getPath("/"))) {
        classFiles =
            all.filter(p -> p.toString().endsWith(".class") && Files.isRegularFile(p)).toList();
      }
      for (Path classFile : classFiles) {
        try (InputStream in = Files.newInputStream(classFile)) {
          indexer.index(in);
          count++;
        } catch (RuntimeException | IOException e) {
          // The server would index it itself and meet the same class: leave the library as it is
          System.out.printf("Not indexed: %s (%s: %s)%n", jar.getFileName(), classFile, e);
          return 0;
        }
      }
      if (count == 0) {
        return 0;
      }
      Path index = library.getPath(INDEX);
      Files.createDirectories(index.getParent());
      try (OutputStream out = Files.newOutputStream(index)) {
        new IndexWriter(out).write(indexer.complete());
      }
    }
    return count;
  }
}
