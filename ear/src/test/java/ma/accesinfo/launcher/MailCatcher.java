package ma.accesinfo.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Catches the demo's e-mail: an SMTP server the application sends to, and a page that lists what it
 * received, newest first, so that a person can read the mail the system sent.
 */
final class MailCatcher implements AutoCloseable {

  private final GreenMail smtp;
  private final HttpServer web;

  private MailCatcher(GreenMail smtp, HttpServer web) {
    this.smtp = smtp;
    this.web = web;
  }

  static MailCatcher start(String bindAddress, int smtpPort, int webPort) {
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, bindAddress, "smtp"));
    smtp.start();
    try {
      HttpServer web = HttpServer.create(new InetSocketAddress(bindAddress, webPort), 0);
      MailCatcher catcher = new MailCatcher(smtp, web);
      web.createContext(
          "/",
          exchange -> {
            byte[] page = catcher.page().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(page);
            }
          });
      web.createContext(
          "/code",
          exchange -> {
            // The demo staff's authenticator: the current code of the published demo secret
            byte[] code =
                (ma.accesinfo.it.Totp.code(
                            ma.accesinfo.infrastructure.demo.DemoData.DEMO_SECOND_FACTOR,
                            ma.accesinfo.it.Totp.step())
                        + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
            exchange.sendResponseHeaders(200, code.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(code);
            }
          });
      web.start();
      return catcher;
    } catch (IOException e) {
      smtp.stop();
      throw new UncheckedIOException(e);
    }
  }

  private String page() {
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>Mail</title></head><body>"
                + "<h1>Mail sent by the demo</h1>"
                + "<p>Demo staff sign in with the code at <a href=\"/code\">/code</a>.</p>");
    MimeMessage[] messages = smtp.getReceivedMessages();
    for (int i = messages.length - 1; i >= 0; i--) {
      try {
        html.append("<article><h2 dir=\"auto\">")
            .append(escape(messages[i].getSubject()))
            .append("</h2><p>To: ")
            .append(escape(String.valueOf(messages[i].getAllRecipients()[0])))
            .append("</p><pre dir=\"auto\" style=\"white-space:pre-wrap\">")
            .append(escape(text(messages[i])))
            .append("</pre></article><hr>");
      } catch (jakarta.mail.MessagingException e) {
        html.append("<p>(unreadable message)</p>");
      }
    }
    return html.append("</body></html>").toString();
  }

  /** The plain-text part of a message, decoded. */
  private static String text(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof jakarta.mail.Multipart parts) {
        for (int i = 0; i < parts.getCount(); i++) {
          if (parts.getBodyPart(i).isMimeType("text/plain")) {
            return String.valueOf(parts.getBodyPart(i).getContent());
          }
        }
      }
      return String.valueOf(content);
    } catch (IOException | jakarta.mail.MessagingException e) {
      return GreenMailUtil.getBody(message);
    }
  }

  private static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void close() {
    web.stop(0);
    smtp.stop();
  }
}
