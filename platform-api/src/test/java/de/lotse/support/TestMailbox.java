package de.lotse.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free port of this machine, one per test JVM: Keycloak (the
 * real one, on the same machine) delivers the platform's invitation e-mails to it. Recipients in
 * tests are unique addresses, so tests never see each other's mail.
 */
public final class TestMailbox {

  private static final Pattern ACTION_LINK =
      Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");
  private static GreenMail server;

  private TestMailbox() {}

  public static synchronized int port() {
    if (server == null) {
      GreenMail started = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort());
      started.start();
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
      server = started;
    }
    return server.getSmtp().getPort();
  }

  /** Points the platform's mail settings (which it writes into the realm) at this mailbox. */
  public static void register(DynamicPropertyRegistry registry) {
    registry.add("lotse.mail.host", () -> "127.0.0.1");
    registry.add("lotse.mail.port", TestMailbox::port);
    registry.add("lotse.mail.from", () -> "lotse-tests@lotse.test");
  }

  /** The messages sent to the address so far. */
  public static List<MimeMessage> messagesTo(String address) {
    port();
    return Arrays.stream(server.getReceivedMessages())
        .filter(m -> isTo(m, address))
        .toList();
  }

  /** Waits up to ten seconds for a message to the address. */
  public static MimeMessage awaitMessageTo(String address) {
    Instant until = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(until)) {
      List<MimeMessage> found = messagesTo(address);
      if (!found.isEmpty()) {
        return found.get(found.size() - 1);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no e-mail to " + address + " within 10 s");
  }

  /** The decoded plain text of a message (the text part of a multipart one). */
  public static String text(MimeMessage message) {
    try {
      return text((Part) message);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Keycloak action link in the message (the invitation's "set your password" link). */
  public static String actionLink(MimeMessage message) {
    Matcher link = ACTION_LINK.matcher(text(message));
    if (!link.find()) {
      throw new AssertionError("no action link in: " + text(message));
    }
    return link.group().replace("&amp;", "&");
  }

  private static String text(Part part) throws MessagingException, IOException {
    Object content = part.getContent();
    if (content instanceof Multipart multipart) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        all.append(text(child)).append('\n');
      }
      return all.toString();
    }
    return String.valueOf(content);
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(r -> r.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      return false;
    }
  }
}
