package io.github.coexist.planio;

import com.google.common.collect.ImmutableSortedMap;
import io.github.coexist.core.model.CoexistencePlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads a plan file, YAML or JSON, strictly: unknown keys, values of the wrong type, values their
 * type refuses and objects the model refuses are {@link PlanFileException}s with {@code
 * file:line:column}; never a silently ignored typo.
 *
 * <pre>{@code
 * CoexistencePlan plan = PlanReader.standard().read(Path.of("plan.yaml"));
 * }</pre>
 *
 * <p>The format comes from the file name ({@code .json}, {@code .yaml}, {@code .yml}), otherwise
 * from the content. {@code null} on an Exchange attribute means "set it to {@code $null}"; an
 * absent key leaves it unmanaged. A file of an older {@code formatVersion} is migrated by the
 * reader's {@link PlanMigration}s; a newer one is refused. Input beyond the {@link PlanLimits}
 * (size, line and string length, nesting) is refused before it is parsed.
 */
public final class PlanReader {
  private static final PlanReader STANDARD = new PlanReader(ImmutableSortedMap.of());

  private final ImmutableSortedMap<Integer, PlanMigration> migrations;

  private PlanReader(ImmutableSortedMap<Integer, PlanMigration> migrations) {
    this.migrations = migrations;
  }

  /** A reader of the current format (format 1 is the first: there is nothing to migrate yet). */
  public static PlanReader standard() {
    return STANDARD;
  }

  /** A reader that also migrates files of {@code migration.fromVersion()}. */
  public PlanReader withMigration(PlanMigration migration) {
    Objects.requireNonNull(migration, "migration");
    Map<Integer, PlanMigration> all = new TreeMap<>(migrations);
    all.put(migration.fromVersion(), migration);
    return new PlanReader(ImmutableSortedMap.copyOf(all));
  }

  /**
   * Reads a UTF-8 file; its path, as given, names it in messages.
   *
   * @throws PlanFileException when the file cannot be read ({@code plan.yaml: no such file}) or is
   *     not a valid plan file ({@code plan.yaml:14:5: ...})
   */
  public CoexistencePlan read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    byte[] bytes;
    // Bounded: an endless input (/dev/zero, a pipe) is refused after the limit, not read to the
    // end.
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw PlanFileException.ofFile(source, "no such file", e);
    } catch (AccessDeniedException e) {
      throw PlanFileException.ofFile(source, "permission denied", e);
    } catch (IOException e) {
      throw PlanFileException.ofFile(
          source,
          Files.isDirectory(file)
              ? "is a directory, not a plan file"
              : "cannot be read (" + e.getMessage() + ")",
          e);
    }
    if (bytes.length > MAX_BYTES) {
      throw PlanLimits.tooLong(source);
    }
    String content;
    try {
      content =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new PlanFileException(SourceLocation.of(source, 1, 1), "the file is not UTF-8 text", e);
    }
    return read(content, source);
  }

  /**
   * Reads a plan from {@code reader}; {@code source} names it in messages and, by its extension,
   * may give the format. The reader is not closed.
   *
   * @throws PlanFileException when the reader fails ({@code plan.yaml: cannot be read (...)}) or
   *     the text is not a valid plan file
   */
  public CoexistencePlan read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    char[] buffer = new char[8192];
    StringBuilder text = new StringBuilder();
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
        if (text.length() > PlanLimits.MAX_CHARS) {
          throw PlanLimits.tooLong(source); // PlanLimits: an endless reader is not read to its end
        }
      }
    } catch (IOException e) {
      throw PlanFileException.ofFile(source, "cannot be read (" + e.getMessage() + ")", e);
    }
    return read(text.toString(), source);
  }

  /** UTF-8 takes at most 4 bytes per character; PlanLimits then counts the characters. */
  private static final int MAX_BYTES = 4 * PlanLimits.MAX_CHARS;

  /** Reads a plan from text; {@code source} names it in messages (e.g. {@code plan.yaml}). */
  public CoexistencePlan read(String content, String source) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(source, "source");
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    PlanNode root = TreeParser.parse(source, text, PlanFormat.detect(source, text));
    if (!(root instanceof PlanNode.Mapping plan)) {
      throw Codec.expected(
          root, "", "a plan (a mapping with formatVersion, environment, domains, ...)");
    }

    migrate(plan);
    return PlanCodec.PLAN.read(plan, "");
  }

  private void migrate(PlanNode.Mapping plan) {
    int current = CoexistencePlan.CURRENT_FORMAT_VERSION;
    PlanNode versionNode =
        plan.get("formatVersion")
            .orElseThrow(
                () ->
                    new PlanFileException(
                        plan.location(),
                        "missing key \"formatVersion\" (required; this coexist writes "
                            + current
                            + ")"));
    if (versionNode instanceof PlanNode.Null) {
      throw Codec.expected(versionNode, "formatVersion", "a format version such as " + current);
    }
    int version = ScalarCodec.INTEGER.read(versionNode, "formatVersion");
    if (version > current) {
      throw new PlanFileException(
          versionNode.location(),
          "formatVersion: "
              + version
              + " is newer than this coexist reads ("
              + current
              + "); use a newer coexist");
    }
    while (version < current) {
      PlanMigration migration = migrations.get(version);
      if (migration == null) {
        throw new PlanFileException(
            versionNode.location(),
            "formatVersion: "
                + version
                + " is not supported (this coexist reads "
                + current
                + (migrations.isEmpty()
                    ? ")"
                    : " and migrates from " + migrations.firstKey() + ")"));
      }
      migration.migrate(plan);
      version++;
      plan.put(
          "formatVersion",
          PlanNode.Scalar.integer(
              BigInteger.valueOf(version), String.valueOf(version), versionNode.location()));
    }
  }
}
