package ma.accesinfo.infrastructure.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import ma.accesinfo.infrastructure.config.Settings;

/**
 * One connection to the SMTP server for a round of the outbox: opened at the first message, used
 * for the next ones, opened again after a failure. A connection per message (connect, greet, sign
 * in, quit) held the outbox to about 20 messages a second.
 *
 * <p>Signs in when credentials are configured ({@code ACCESINFO_SMTP_USERNAME}, {@code
 * ACCESINFO_SMTP_PASSWORD}); they are read at each connection, so a changed password takes effect
 * without a restart.
 */
public final class SmtpConnection implements AutoCloseable {

  private final Session session;
  private Transport transport;

  SmtpConnection(Session session) {
    this.session = session;
  }

  /** Hands the message to the SMTP server; after a failure the next message connects again. */
  public void send(MimeMessage mime) throws MessagingException {
    try {
      if (transport == null || !transport.isConnected()) {
        close();
        transport = session.getTransport("smtp");
        Optional<String> user = Settings.get("accesinfo.smtp-username");
        if (user.isPresent()) {
          transport.connect(user.get(), Settings.get("accesinfo.smtp-password").orElse(""));
        } else {
          transport.connect();
        }
      }
      mime.saveChanges();
      transport.sendMessage(mime, mime.getAllRecipients());
    } catch (MessagingException | RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public void close() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException ignored) {
        // the connection is gone either way
      }
      transport = null;
    }
  }
}
