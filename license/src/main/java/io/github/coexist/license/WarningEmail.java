package io.github.coexist.license;

import java.util.Objects;

/**
 * An expiry warning as an e-mail message, for the caller's mail system to send: the library sends
 * nothing itself.
 *
 * @param to the BTCal administrator's address, from the license
 * @param subject one line
 * @param body plain text, lines ending with a line feed
 */
public record WarningEmail(String to, String subject, String body) {
  /** Rejects null. */
  public WarningEmail {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}
