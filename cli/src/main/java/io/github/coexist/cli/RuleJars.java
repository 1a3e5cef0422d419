package io.github.coexist.cli;

import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleSet;
import java.io.File;
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
 * rules.jar:coexist.jar ...}) are found too, and so are the jars the environment variable {@value
 * #ENVIRONMENT} lists (separated by the platform's path separator, {@code :} or {@code ;}). A
 * picocli mixin, so every command that validates takes the option the same way.
 */
final class RuleJars {
  /** The environment variable with rule jars, for runs where the command line is fixed. */
  static final String ENVIRONMENT = "COEXIST_RULES";

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
    return validator(System.getenv(ENVIRONMENT));
  }

  /** As {@link #validator()}, with {@code environment} as the value of {@value #ENVIRONMENT}. */
  PlanValidator validator(String environment) {
    List<Path> all = new ArrayList<>(jars);
    List<String> origins = new ArrayList<>(java.util.Collections.nCopies(jars.size(), "--rules"));
    if (environment != null) {
      for (String entry :
          environment.split(java.util.regex.Pattern.quote(File.pathSeparator), -1)) {
        if (!entry.isBlank()) {
          all.add(Path.of(entry.strip()));
          origins.add(ENVIRONMENT);
        }
      }
    }
    if (all.isEmpty()) {
      return PlanValidator.withDiscoveredRules();
    }
    List<URL> urls = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Path jar = all.get(i);
      if (!Files.isRegularFile(jar)) {
        throw new UserError(origins.get(i) + " " + jar + ": no such file");
      }
      try {
        urls.add(jar.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new UserError(origins.get(i) + " " + jar + ": not a file path", e);
      }
    }
    List<Path> jars = all;
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
