package io.github.coexist.planio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.text.UnsafeText;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a plan as YAML or JSON: the same keys and values either way, in the model's order (the
 * order of {@code plan-format.md}, then each Exchange object's attributes in Microsoft's parameter
 * order), absent attributes left out, explicit {@code $null}s written as {@code null}. The output
 * is the same bytes on every machine: {@code \n} line ends, no dates, no map-order surprises.
 *
 * <pre>{@code
 * String yaml = PlanWriter.write(plan, PlanFormat.YAML);
 * PlanWriter.write(plan, Path.of("plan.json"));   // JSON, by the extension
 * }</pre>
 */
public final class PlanWriter {
  private static final ObjectWriter JSON;
  private static final ObjectWriter YAML;

  static {
    JSON = JsonText.WRITER;
    ObjectMapper yaml =
        YAMLMapper.builder(
                YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .stringQuotingChecker(new VisibleEscapes())
                    .build())
            .build();
    YAML = yaml.writer();
  }

  private PlanWriter() {}

  /** The plan as text in {@code format}, ending with a line break. */
  public static String write(CoexistencePlan plan, PlanFormat format) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(format, "format");
    JsonNode tree = PlanCodec.PLAN.write(plan);
    try {
      String text =
          format == PlanFormat.JSON ? JSON.writeValueAsString(tree) : YAML.writeValueAsString(tree);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      // A tree of strings, numbers and booleans always serialises; anything else is a bug.
      throw new IllegalStateException("cannot write the plan", e);
    }
  }

  /** Writes the plan to {@code out} in {@code format}. */
  public static void write(CoexistencePlan plan, PlanFormat format, Writer out) throws IOException {
    out.write(write(plan, format));
  }

  /** Writes the plan to a UTF-8 file: JSON for {@code .json}, YAML otherwise. */
  public static void write(CoexistencePlan plan, Path file) throws IOException {
    PlanFormat format =
        PlanFormat.fromFileName(file.getFileName().toString()).orElse(PlanFormat.YAML);
    Files.writeString(file, write(plan, format), StandardCharsets.UTF_8);
  }

  /**
   * Double-quotes strings holding characters that YAML would otherwise carry invisibly or lose
   * ({@link UnsafeText#escapedInMessages()} but LF and lone surrogates: controls, NEL, line and
   * paragraph separators, bidi and other format characters), so they are written as escapes or at
   * least inside visible quotes and read back exactly.
   */
  private static final class VisibleEscapes extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final UnsafeText QUOTED =
        UnsafeText.escapedInMessages().except(UnsafeText.loneSurrogates());

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || value.codePoints().anyMatch(VisibleEscapes::special);
    }

    private static boolean special(int cp) {
      // A lone surrogate is no YAML character at all: how it is written is the YAML writer's.
      return cp != '\n' && QUOTED.matches(cp);
    }
  }
}
