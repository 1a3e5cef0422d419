package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.Platform;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.livestate.SnapshotFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The read-only script that takes a snapshot of a live organisation: every object of the kinds
 * coexist models that exist in the environment, written to one JSON document that {@code
 * io.github.coexist.livestate.SnapshotJsonReader} reads (docs/snapshot-format.md).
 *
 * <pre>{@code
 * SnapshotScript script = SnapshotScriptEmitter.standard().emit(Environment.EXCHANGE_ONLINE);
 * script.writeTo(out);                                     // UTF-8 with BOM, CRLF
 * SnapshotScript same = SnapshotScriptEmitter.standard().emit(validPlan); // the plan's environment
 * }</pre>
 *
 * <p>The script is the same for every plan of an environment: it lists all objects, not only a
 * plan's, so that what the plan does not manage shows too. So it is an {@link Emitter} of a plan
 * like every other emitter ({@link #emit(ValidatedPlan)}, the plan's environment), and, because the
 * environment is all it needs, also made for an environment without a plan ({@link
 * #emit(Environment)}: reading an organisation before any plan exists). It calls {@code Get-}
 * cmdlets only, each with {@code -ErrorAction Stop} inside its own {@code try}, so one kind that
 * cannot be read is written as an error (unknown) and the others are still read.
 */
public final class SnapshotScriptEmitter implements Emitter<SnapshotScript> {
  private static final String TEMPLATE = template();

  private static final SnapshotScriptEmitter STANDARD = new SnapshotScriptEmitter();

  private SnapshotScriptEmitter() {}

  /** The snapshot script emitter. */
  public static SnapshotScriptEmitter standard() {
    return STANDARD;
  }

  /**
   * A builder; the snapshot script has no settings yet, so it builds {@link #standard()}: it is
   * here so that every emitter is made the same way.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Chooses a {@link SnapshotScriptEmitter}'s settings (none yet). */
  public static final class Builder {
    private Builder() {}

    /** The emitter. */
    public SnapshotScriptEmitter build() {
      return STANDARD;
    }
  }

  /**
   * The kinds read in {@code environment}, in {@link ObjectKind} order: those whose cmdlets exist
   * there per Microsoft's reference ({@link ObjectKind#platforms()}). Exchange Online has address
   * policies (for Microsoft 365 Groups) but no send or receive connectors; Exchange Server has no
   * inbound or outbound connectors.
   */
  public static ImmutableList<ObjectKind> kinds(Environment environment) {
    Objects.requireNonNull(environment, "environment");
    ImmutableList.Builder<ObjectKind> kinds = ImmutableList.builder();
    for (ObjectKind kind : ObjectKind.values()) {
      boolean exists =
          environment == Environment.EXCHANGE_ONLINE
              ? kind.platforms().contains(Platform.EXCHANGE_ONLINE)
              : kind.platforms().contains(Platform.EXCHANGE_2016)
                  || kind.platforms().contains(Platform.EXCHANGE_2019)
                  || kind.platforms().contains(Platform.EXCHANGE_SE);
      if (exists) {
        kinds.add(kind);
      }
    }
    return kinds.build();
  }

  /**
   * The script for the plan's environment: {@link #emit(Environment)} of {@code
   * valid.plan().environment()}.
   */
  @Override
  public SnapshotScript emit(ValidatedPlan valid) {
    Objects.requireNonNull(valid, "valid");
    return emit(valid.plan().environment());
  }

  /** The script for {@code environment}, the same for every plan of it. */
  public SnapshotScript emit(Environment environment) {
    Objects.requireNonNull(environment, "environment");
    List<String> kindLines = new ArrayList<>();
    List<String> kindNames = new ArrayList<>();
    ImmutableList<ObjectKind> kinds = kinds(environment);
    for (int i = 0; i < kinds.size(); i++) {
      ObjectKind kind = kinds.get(i);
      kindLines.add(
          "    ,@("
              + PsText.quote(kind.planKey())
              + ", "
              + PsText.quote("Get-" + kind.noun())
              + ")");
      kindNames.add(words(kind));
    }
    String text =
        TEMPLATE
            .replace("{{kinds}}", String.join("\n", kindLines))
            .replace("{{kindsText}}", String.join(", ", kindNames))
            .replace(
                "{{environmentText}}",
                environment == Environment.EXCHANGE_ONLINE ? "Exchange Online" : "Exchange Server")
            .replace("{{fileName}}", fileName(environment))
            .replace("{{format}}", PsText.quote(SnapshotFormat.FORMAT))
            .replace("{{formatVersion}}", Integer.toString(SnapshotFormat.VERSION))
            .replace("{{environment}}", PsText.quote(environment.key()));
    return new SnapshotScript(environment, ImmutableList.copyOf(text.split("\n", -1)));
  }

  /** The file name the demo and the runbook use, e.g. {@code snapshot-exchange-online.ps1}. */
  public static String fileName(Environment environment) {
    return "snapshot-" + environment.key() + ".ps1";
  }

  /** {@code SendConnector} as {@code send connectors}. */
  private static String words(ObjectKind kind) {
    String words = kind.noun().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return words.endsWith("y") ? words.substring(0, words.length() - 1) + "ies" : words + "s";
  }

  private static String template() {
    try {
      return Resources.toString(
              Resources.getResource(SnapshotScriptEmitter.class, "snapshot.ps1"),
              StandardCharsets.UTF_8)
          .replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("the snapshot script's template is missing", e);
    }
  }
}
