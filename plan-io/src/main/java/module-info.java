/**
 * Plan files: strict YAML and JSON reading with {@code file:line:column} errors, deterministic
 * writing, the JSON Schema. Jackson (its YAML module included) is required here, so a consumer on
 * the module path needs no {@code --add-modules}.
 */
module io.github.coexist.planio {
  requires transitive io.github.coexist.core;
  requires com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml; // PlanLimits sets its LoaderOptions (code points, nesting)

  exports io.github.coexist.planio;
}
