/** A migration tool that uses coexist as a library, on the module path. */
module com.example.migration {
  // Its API returns coexist's plan, so its own users read coexist-core too.
  requires transitive io.github.coexist.core;
  requires io.github.coexist.planio;
  requires io.github.coexist.runbook;

  exports com.example.migration;
}
