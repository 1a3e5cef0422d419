package io.github.coexist.powershell;

/** What a script does; decides how readily it asks before each change. */
public enum ScriptKind {
  /**
   * Brings Exchange to the plan. {@code ConfirmImpact} Medium: runs without asking unless the
   * administrator passes {@code -Confirm}.
   */
  APPLY("Medium"),
  /**
   * Removes what the plan created. {@code ConfirmImpact} High: asks before every removal unless the
   * administrator passes {@code -Confirm:$false}.
   */
  ROLLBACK("High");

  private final String confirmImpact;

  ScriptKind(String confirmImpact) {
    this.confirmImpact = confirmImpact;
  }

  /** The script's {@code [CmdletBinding(ConfirmImpact = ...)]} value. */
  public String confirmImpact() {
    return confirmImpact;
  }
}
