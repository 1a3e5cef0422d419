/** The administrator's Markdown runbook for a validated plan. */
module io.github.coexist.runbook {
  requires transitive io.github.coexist.core;
  requires transitive io.github.coexist.powershell;
  requires transitive io.github.coexist.notesini;
  requires transitive io.github.coexist.license;
  requires transitive io.github.coexist.domino;

  exports io.github.coexist.runbook;
}
