package io.github.coexist.powershell;

import io.github.coexist.core.model.Environment;
import java.util.Objects;

/** The two shells a script is written for. */
public enum Dialect {
  /**
   * Exchange Online PowerShell (module ExchangeOnlineManagement, REST connection from {@code
   * Connect-ExchangeOnline}); the guide's section 7.1.
   */
  EXCHANGE_ONLINE,
  /**
   * The Exchange Management Shell of Exchange Server 2016, 2019 or SE on Windows PowerShell 5.1;
   * the guide's section 7.2.
   */
  EXCHANGE_SERVER;

  /** The dialect of a plan's environment. */
  public static Dialect of(Environment environment) {
    Objects.requireNonNull(environment, "environment");
    return environment == Environment.EXCHANGE_ONLINE ? EXCHANGE_ONLINE : EXCHANGE_SERVER;
  }
}
