package io.github.coexist.domino;

/** The kinds of Domino Directory documents BTCal's routing needs (BTCal fact sheet §2). */
public enum DocumentKind {
  /** BTEXCHANGEDOMAIN's document: Notes mail for the foreign domain goes to BTCal's mailbox. */
  FOREIGN_DOMAIN("Foreign Domain"),
  /** Routes the Exchange routing domain to a next-hop domain (Appendix J: ExchangeDirect). */
  FOREIGN_SMTP_DOMAIN("Foreign SMTP Domain"),
  /** Connects the next-hop domain to the relay host that reaches Exchange. */
  SMTP_CONNECTION("SMTP Connection"),
  /** The internet domains Domino treats as local, the Domino routing domain among them. */
  GLOBAL_DOMAIN("Global Domain"),
  /** Router/SMTP: SMTP used when sending outside the local internet domain. */
  CONFIGURATION_SETTINGS("Configuration Settings");

  private final String title;

  DocumentKind(String title) {
    this.title = title;
  }

  /** The document type as the Domino Administrator names it. */
  public String title() {
    return title;
  }
}
