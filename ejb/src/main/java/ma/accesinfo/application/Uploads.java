package ma.accesinfo.application;

import java.io.IOException;
import java.io.InputStream;

/** How every adapter reads an uploaded file: never more than the limit allows. */
public final class Uploads {

  private Uploads() {}

  /**
   * Reads the stream, refusing it as soon as it passes the limit rather than after it has been read
   * whole.
   *
   * @throws UnacceptableDocumentException when the content is larger than the limit
   */
  public static byte[] readAtMost(InputStream in, long limit) throws IOException {
    byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (content.length > limit) {
      throw new UnacceptableDocumentException("documentTooLarge", limit / (1024 * 1024));
    }
    return content;
  }
}
