package io.github.coexist.testing;

import com.google.common.collect.ImmutableList;
import io.github.coexist.powershell.CmdletCall;
import io.github.coexist.powershell.Dialect;
import io.github.coexist.powershell.PowerShellRenderer;
import io.github.coexist.powershell.PowerShellScript;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link PowerShellScript}, on its statement model: the calls the script makes
 * ({@link PowerShellScript#calls()}), never its text.
 *
 * <pre>{@code
 * assertThat(script)
 *     .hasDialect(Dialect.EXCHANGE_SERVER)
 *     .doesNotInvoke("New-InboundConnector")
 *     .invokes("New-SendConnector")
 *     .with("SmartHosts", "10.1.1.1", "10.1.1.2")
 *     .with("DNSRoutingEnabled", "$false");
 * }</pre>
 */
public final class PowerShellScriptAssert
    extends AbstractAssert<PowerShellScriptAssert, PowerShellScript> {
  PowerShellScriptAssert(PowerShellScript actual) {
    super(actual, PowerShellScriptAssert.class);
  }

  /** Fails unless the script is written for {@code dialect}. */
  public PowerShellScriptAssert hasDialect(Dialect dialect) {
    Objects.requireNonNull(dialect, "dialect");
    isNotNull();
    if (actual.dialect() != dialect) {
      failWithMessage(
          "%s", "Expected a script for " + dialect + ", but it is for " + actual.dialect());
    }
    return this;
  }

  /** The calls of {@code cmdlet}; fails, listing the cmdlets the script does call, when none. */
  public CmdletCallsAssert invokes(String cmdlet) {
    Objects.requireNonNull(cmdlet, "cmdlet");
    isNotNull();
    List<CmdletCall> calls = calls(cmdlet);
    if (calls.isEmpty()) {
      failWithMessage(
          "%s",
          "Expected the script to invoke "
              + cmdlet
              + ", but it invokes only: "
              + actual.calls().stream()
                  .map(CmdletCall::name)
                  .distinct()
                  .collect(Collectors.joining(", ")));
    }
    return new CmdletCallsAssert(cmdlet, calls);
  }

  /** Fails when the script calls {@code cmdlet}, listing those calls. */
  public PowerShellScriptAssert doesNotInvoke(String cmdlet) {
    Objects.requireNonNull(cmdlet, "cmdlet");
    isNotNull();
    List<CmdletCall> calls = calls(cmdlet);
    if (!calls.isEmpty()) {
      failWithMessage(
          "%s",
          "Expected the script not to invoke "
              + cmdlet
              + ", but it does:\n"
              + CmdletCallsAssert.list(calls));
    }
    return this;
  }

  private List<CmdletCall> calls(String cmdlet) {
    return actual.calls().stream()
        .filter(c -> c.name().equalsIgnoreCase(cmdlet))
        .collect(ImmutableList.toImmutableList());
  }

  /** One call per line as the script writes it, for failure messages. */
  static String render(CmdletCall call) {
    return PowerShellRenderer.call(call);
  }
}
