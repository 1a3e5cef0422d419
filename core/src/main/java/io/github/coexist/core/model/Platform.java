package io.github.coexist.core.model;

/** One product a cmdlet or parameter is documented for (the reference's "Applicable" list). */
public enum Platform {
  /** Exchange Server 2010 (listed by the reference; not a target of coexist). */
  EXCHANGE_2010,
  /** Exchange Server 2013 (listed by the reference; not a target of coexist). */
  EXCHANGE_2013,
  /** Exchange Server 2016. */
  EXCHANGE_2016,
  /** Exchange Server 2019. */
  EXCHANGE_2019,
  /** Exchange Server Subscription Edition. */
  EXCHANGE_SE,
  /** Exchange Online (Microsoft 365). */
  EXCHANGE_ONLINE;

  /** The reference's name, e.g. {@code Exchange Server 2019}, {@code Exchange Online}. */
  public String displayName() {
    return switch (this) {
      case EXCHANGE_ONLINE -> "Exchange Online";
      case EXCHANGE_SE -> "Exchange Server SE";
      default -> "Exchange Server " + name().substring("EXCHANGE_".length());
    };
  }
}
