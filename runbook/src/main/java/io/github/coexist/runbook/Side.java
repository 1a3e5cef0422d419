package io.github.coexist.runbook;

/** Where a step or check is carried out; the runbook groups them in this order. */
public enum Side {
  /** Exchange Online or Exchange Server (PowerShell). */
  EXCHANGE("Exchange side"),
  /** The Domino coexistence servers (notes.ini, the Domino console). */
  DOMINO("Domino side"),
  /** The BTCal license (guide section 8). */
  LICENSE("License");

  private final String heading;

  Side(String heading) {
    this.heading = heading;
  }

  /** The heading the runbook gives this side, e.g. {@code Exchange side}. */
  public String heading() {
    return heading;
  }
}
