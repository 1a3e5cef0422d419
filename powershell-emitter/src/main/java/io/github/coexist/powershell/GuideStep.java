package io.github.coexist.powershell;

/**
 * The step of the vendor guide (Integration for Notes BTCal, sections 7.1 and 7.2) a statement
 * implements, or {@link #SCRIPT_SAFETY} for the statements that make a script safe to run (issue
 * 8). Every statement of an emitted script names one in its traceability comment; {@code
 * docs/guide-map.md} maps them back.
 */
public enum GuideStep {
  /** 7.1: connect to Exchange Online (corrected by E16: Connect-ExchangeOnline, no basic auth). */
  EXO_CONNECT("7.1", "connect to Exchange Online"),
  /** 7.1.1: the remote domain for the Domino routing subdomain. */
  EXO_REMOTE_DOMAIN("7.1.1", "Create a New Remote Domain"),
  /** 7.1.2: the accepted domain (E6: checked and typed, not created). */
  EXO_ACCEPTED_DOMAIN("7.1.2", "Create a New Accepted Domain"),
  /** 7.1.3: mail to Domino (E8: an outbound connector). */
  EXO_OUTBOUND("7.1.3", "Create a Send Connector"),
  /** 7.1.4: mail from Domino (E7: an inbound connector). */
  EXO_INBOUND("7.1.4", "Create a Receive Connector"),
  /** 7.2.1: the remote domain for the Domino routing subdomain. */
  ONPREM_REMOTE_DOMAIN("7.2.1", "Create a New Remote Domain"),
  /** 7.2.2: the accepted domains. */
  ONPREM_ACCEPTED_DOMAIN("7.2.2", "Create a New Accepted Domain"),
  /** 7.2.3: the email address policy and its application. */
  ONPREM_ADDRESS_POLICY("7.2.3", "Email Address Policy"),
  /** 7.2.4: the send connector to Domino. */
  ONPREM_SEND_CONNECTOR("7.2.4", "Create a Send Connector"),
  /** 7.2.5: the receive connector(s) from Domino. */
  ONPREM_RECEIVE_CONNECTOR("7.2.5", "Create a Receive Connector"),
  /**
   * No guide step: after the last change, each object is read again and compared with the plan
   * (issue 17, point 4).
   */
  CHECK_RESULT("-", "check the result"),
  /** No guide step: preview, strictness, transcript and clean-up that make the script safe. */
  SCRIPT_SAFETY("-", "script safety");

  private final String section;
  private final String title;
  private final String label;

  GuideStep(String section, String title) {
    this.section = section;
    this.title = title;
    this.label = section.equals("-") ? title : "guide " + section + " " + title;
  }

  /** The guide's section number, e.g. {@code 7.2.5}; {@code -} for {@link #SCRIPT_SAFETY}. */
  public String section() {
    return section;
  }

  /** The guide's heading of the step, e.g. {@code Create a Receive Connector}. */
  public String title() {
    return title;
  }

  /**
   * How the traceability comment names the step, e.g. {@code guide 7.2.5 Create a Receive
   * Connector}.
   */
  public String label() {
    return label;
  }

  /** The step that configures objects of {@code kind} in {@code environment}. */
  static GuideStep of(
      io.github.coexist.core.model.ObjectKind kind,
      io.github.coexist.core.model.Environment environment) {
    boolean online = environment == io.github.coexist.core.model.Environment.EXCHANGE_ONLINE;
    return switch (kind) {
      case REMOTE_DOMAIN -> online ? EXO_REMOTE_DOMAIN : ONPREM_REMOTE_DOMAIN;
      case ACCEPTED_DOMAIN -> online ? EXO_ACCEPTED_DOMAIN : ONPREM_ACCEPTED_DOMAIN;
      case EMAIL_ADDRESS_POLICY -> ONPREM_ADDRESS_POLICY;
      case SEND_CONNECTOR -> ONPREM_SEND_CONNECTOR;
      case RECEIVE_CONNECTOR -> ONPREM_RECEIVE_CONNECTOR;
      case OUTBOUND_CONNECTOR -> EXO_OUTBOUND;
      case INBOUND_CONNECTOR -> EXO_INBOUND;
    };
  }
}
