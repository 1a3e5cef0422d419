package io.github.coexist.powershell;

import java.util.regex.Pattern;

/**
 * A parameter of the script itself, e.g. {@code [string] $TranscriptPath}.
 *
 * @param type the PowerShell type name, e.g. {@code string}
 * @param name the variable name, without {@code $}
 * @param help what it is for (a comment above it)
 */
public record ScriptParameter(String type, String name, String help) {
  private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9.]*");

  /** Checks the type and name. */
  public ScriptParameter {
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("not a type name: " + PsText.quote(type));
    }
    new PsValue.Variable(name);
    new Statement.Comment(help);
  }
}
