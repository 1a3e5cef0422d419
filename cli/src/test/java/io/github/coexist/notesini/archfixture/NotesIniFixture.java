package io.github.coexist.notesini.archfixture;

/** An architecture-test fixture in the wrong layer on purpose (see ArchitectureRulesFailTest). */
public final class NotesIniFixture {
  private NotesIniFixture() {}

  /** notesini calling live-state and the PowerShell emitter. */
  static Object[] others() {
    return new Object[] {
      io.github.coexist.livestate.archfixture.LiveStateFixture.class,
      io.github.coexist.powershell.archfixture.PowerShellFixture.class
    };
  }
}
