package io.github.coexist.core.model;

import java.util.Locale;

/**
 * Where internet mail for the shared primary domain enters the organisation (its MX records). While
 * Domino receives it, everything Domino forwards to Exchange includes internet mail, forged senders
 * included, so the trust Exchange grants the coexistence servers is granted to the internet too.
 */
public enum MailExchanger {
  /** Domino receives internet mail (the usual state during coexistence); the default. */
  DOMINO("domino"),
  /** Exchange receives internet mail; Domino sends Exchange only its own users' mail. */
  EXCHANGE("exchange");

  private final String key;

  MailExchanger(String key) {
    this.key = key;
  }

  /** The plan-file spelling: {@code domino} or {@code exchange}. */
  public String key() {
    return key;
  }

  /**
   * Reads {@link #key()}, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static MailExchanger fromKey(String text) {
    for (MailExchanger value : values()) {
      if (value.key.equals(text.trim().toLowerCase(Locale.ROOT))) {
        return value;
      }
    }
    throw new IllegalArgumentException("expected domino or exchange, found '" + text + "'");
  }

  @Override
  public String toString() {
    return key;
  }
}
