package io.github.coexist.cli;

import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleSet;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import picocli.CommandLine.Option;

/**
 * {@code --rules JAR}: jars with rules of the user's own, run after coexist's. A jar lists its
 * {@code RuleProvider} (or single {@code Rule}) classes in {@code META-INF/services}, as for {@code
 * PlanValidator.withDiscoveredRules()}. Rules on the class path ({@code java -cp
 * rules.jar:coexist.jar ...}) are found too. A picocli mixin, so every command that validates takes
 * the option the same way.
 */
final class RuleJars {
  @Option(
      names = "--rules",
      paramLabel = "JAR",
      description =
          "A jar with rules of your own (RuleProvider or Rule classes listed in META-INF/services),"
              + " run after coexist's own; repeat for more jars.")
  List<Path> jars = new ArrayList<>();

  /**
   * The validator: coexist's rules, the class path's, and those of every {@code --rules} jar.
   *
   * @throws UserError naming the jar when it is missing, has no rules, or cannot be loaded
   */
  PlanValidator validator() {
    if (jars.isEmpty()) {
      return PlanValidator.withDiscoveredRules();
    }
    List<URL> urls = new ArrayList<>();
    for (Path jar : jars) {
      if (!Files.isRegularFile(jar)) {
        throw new UserError("--rules " + jar + ": no such file");
      }
      try {
        urls.add(jar.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new UserError("--rules " + jar + ": not a file path", e);
      }
    }
    // Never closed: the rules' classes are used until the command ends.
    URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), RuleJars.class.getClassLoader());
    RuleSet rules;
    try {
      rules = RuleSet.discovered(loader);
    } catch (ServiceConfigurationError | IllegalArgumentException | LinkageError e) {
      throw new UserError("--rules " + jars + ": " + e.getMessage(), e);
    }
    boolean fromJars = false;
    for (Rule rule : rules.rules()) {
      fromJars |= rule.getClass().getClassLoader() == loader;
    }
    if (!fromJars) {
      throw new UserError(
          "--rules "
              + jars
              + ": no io.github.coexist.core.validation.RuleProvider or Rule is listed in"
              + " META-INF/services");
    }
    return PlanValidator.of(rules);
  }
}
