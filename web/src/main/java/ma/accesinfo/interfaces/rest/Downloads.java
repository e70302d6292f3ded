package ma.accesinfo.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import ma.accesinfo.application.DocumentService.DocumentContent;

/** A document sent to be saved, never shown in place: the browser runs nothing it contains. */
final class Downloads {

  private Downloads() {}

  static Response.ResponseBuilder attachment(DocumentContent document) {
    return Response.ok(document.content(), document.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8)
                    .replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'");
  }
}
