/** AssertJ assertions for consumers' tests of plans, reports, scripts and notes.ini documents. */
module io.github.coexist.testing {
  requires transitive io.github.coexist.core;
  requires transitive io.github.coexist.powershell;
  requires transitive io.github.coexist.notesini;
  requires transitive io.github.coexist.domino;
  requires transitive io.github.coexist.livestate;
  requires transitive org.assertj.core;

  exports io.github.coexist.testing;
}
