package ma.accesinfo.interfaces.rest;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A download of a national table (the disclosure log, the audit trail), written as it is read, part
 * by part, each part read by the service in a transaction of its own: neither the whole table in
 * memory nor one transaction as long as the download.
 */
final class PartedExport {

  private PartedExport() {}

  /** Reads the part after {@code after} (0: the first); returns where the next starts, or null. */
  @FunctionalInterface
  interface Parts<T> {
    Long next(long after, Consumer<T> sink);
  }

  /** As CSV: the header line, then a line per item. */
  static <T> StreamingOutput csv(String header, Parts<T> parts, Function<T, String> line) {
    return write(header, "", parts, (item, first) -> line.apply(item));
  }

  /** As a JSON array, an item per line. */
  static <T> StreamingOutput json(Parts<T> parts, Function<T, String> item) {
    return write("[", "\n]\n", parts, (it, first) -> (first ? "\n" : ",\n") + item.apply(it));
  }

  private interface Item<T> {
    String text(T item, boolean first);
  }

  private static <T> StreamingOutput write(
      String header, String footer, Parts<T> parts, Item<T> item) {
    return stream -> {
      Writer out =
          new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 65_536);
      out.write(header);
      boolean[] first = {true};
      for (Long after = 0L; after != null; ) {
        after =
            parts.next(
                after,
                t -> {
                  try {
                    out.write(item.text(t, first[0]));
                    first[0] = false;
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
      }
      out.write(footer);
      out.flush();
    };
  }
}
