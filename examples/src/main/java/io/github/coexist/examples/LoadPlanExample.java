package io.github.coexist.examples;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.planio.PlanFileException;
import io.github.coexist.planio.PlanReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Loads a plan file (YAML or JSON) and prints its findings. Without an argument it reads the sample
 * shipped with the examples, {@code sample-plan.yaml}; a file that is not a valid plan is reported
 * at {@code file:line:column}.
 */
public final class LoadPlanExample {
  /** The sample plan on the class path. */
  public static final String SAMPLE = "sample-plan.yaml";

  private LoadPlanExample() {}

  /** {@code LoadPlanExample [PLAN]}: validates as of today in UTC. */
  public static void main(String[] args) throws IOException {
    LocalDate today = LocalDate.now(java.time.Clock.systemUTC());
    try {
      CoexistencePlan plan =
          args.length > 0 ? PlanReader.standard().read(Path.of(args[0])) : sample();
      System.out.print(run(plan, today));
    } catch (PlanFileException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  /** The sample plan. */
  public static CoexistencePlan sample() {
    try (InputStream in = LoadPlanExample.class.getResourceAsStream("/" + SAMPLE);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return PlanReader.standard().read(reader, SAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A plan file's text, read as {@code source} (for messages). */
  public static CoexistencePlan read(String content, String source) {
    return PlanReader.standard().read(content, source);
  }

  /** The findings of {@code plan} as of {@code today}. */
  public static String run(CoexistencePlan plan, LocalDate today) {
    return Findings.print(PlanValidator.standard().validate(plan, ValidationContext.on(today)));
  }
}
