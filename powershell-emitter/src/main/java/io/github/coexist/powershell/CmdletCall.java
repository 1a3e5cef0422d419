package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One cmdlet invocation with its parameters in order, written on one line with every parameter
 * inline (no splatting), so each statement reads on its own.
 *
 * <pre>{@code
 * CmdletCall call = CmdletCall.of("Set-RemoteDomain",
 *     Parameter.of("Identity", PsValue.text("domino.contoso.com")),
 *     Parameter.of("TNEFEnabled", PsValue.bool(false)));
 * call.verb();   // "Set"
 * }</pre>
 */
public record CmdletCall(String name, ImmutableList<Parameter> parameters) {
  /** Refuses names that are not {@code Verb-Noun} in ASCII. */
  public CmdletCall {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parameters, "parameters");
    if (!AsciiNames.isCmdletName(name)) {
      throw new IllegalArgumentException("not a cmdlet name: " + PsText.quote(name));
    }
  }

  /**
   * PowerShell's own cmdlets the scripts use. They run in the script's session state and honour its
   * {@code $ErrorActionPreference = 'Stop'}; every other cmdlet is a function of a module
   * (ExchangeOnlineManagement) or of an implicit-remoting session (the Exchange Management Shell)
   * and does not see the script's preference variables, so it must be told {@code -ErrorAction
   * Stop} itself (about_Preference_Variables, "ErrorActionPreference" and module scope:
   * https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_preference_variables;
   * the common parameter: about_CommonParameters,
   * https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_commonparameters;
   * the Management Shell's cmdlets as implicit-remoting proxy functions: Import-PSSession,
   * https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/import-pssession).
   */
  public static final Set<String> POWERSHELL_OWN =
      Set.of("Set-StrictMode", "Start-Transcript", "Stop-Transcript", "Start-Sleep");

  /** {@code -ErrorAction Stop}: a non-terminating error of the cmdlet ends the run. */
  public static final Parameter STOP = Parameter.of("ErrorAction", PsValue.word("Stop"));

  /** A call of {@code name} with {@code parameters}. */
  public static CmdletCall of(String name, Parameter... parameters) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parameters, "parameters");
    return new CmdletCall(name, ImmutableList.copyOf(parameters));
  }

  /** A call of {@code name} with {@code parameters}. */
  public static CmdletCall of(String name, List<Parameter> parameters) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parameters, "parameters");
    return new CmdletCall(name, ImmutableList.copyOf(parameters));
  }

  /**
   * A call of an Exchange cmdlet (or another module's function): {@code parameters}, then {@link
   * #STOP}, then {@code -Confirm:$false} when {@code confirmFalse}.
   */
  public static CmdletCall exchange(String name, List<Parameter> parameters, boolean confirmFalse) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parameters, "parameters");
    ImmutableList.Builder<Parameter> all = ImmutableList.builder();
    all.addAll(parameters).add(STOP);
    if (confirmFalse) {
      all.add(Parameter.switchValue("Confirm", PsValue.bool(false)));
    }
    return new CmdletCall(name, all.build());
  }

  /** Whether this is one of {@link #POWERSHELL_OWN}. */
  public boolean isPowerShellOwn() {
    return POWERSHELL_OWN.contains(name);
  }

  /** Whether a failure of the call ends the run: PowerShell's own, or {@code -ErrorAction Stop}. */
  public boolean stopsOnError() {
    return isPowerShellOwn() || parameters.contains(STOP);
  }

  /** The verb, e.g. {@code New}. */
  public String verb() {
    return name.substring(0, name.indexOf('-'));
  }

  /** The noun, e.g. {@code ReceiveConnector}. */
  public String noun() {
    return name.substring(name.indexOf('-') + 1);
  }

  /** The parameter called {@code parameterName}, if the call has it. */
  public Optional<Parameter> parameter(String parameterName) {
    Objects.requireNonNull(parameterName, "parameterName");
    return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
  }

  /** The parameter names, in order. */
  public ImmutableList<String> parameterNames() {
    return parameters.stream().map(Parameter::name).collect(ImmutableList.toImmutableList());
  }
}
