package io.github.coexist.planio;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A plan file as a tree of mappings, lists and scalars, each node with the place it came from. The
 * reader builds the tree from YAML or JSON; a {@link PlanMigration} rewrites it in place before the
 * model is built, and nodes it keeps keep their locations, so errors still point into the file.
 *
 * <pre>{@code
 * // a migration that renamed a key between format versions
 * root.rename("mailbox", "foreignDomainMailbox");
 * }</pre>
 */
public abstract class PlanNode {
  private final SourceLocation location;

  private PlanNode(SourceLocation location) {
    this.location = Objects.requireNonNull(location, "location");
  }

  /** Where the node starts in the file (a mapping or list: its first key or item). */
  public SourceLocation location() {
    return location;
  }

  /** What the node is, for messages: "a mapping", "a list", "null", "the text \"x\"", ... */
  public abstract String describe();

  /** A mapping of keys to nodes, in file order. */
  public static final class Mapping extends PlanNode {
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    /** An empty mapping at {@code location}. */
    public Mapping(SourceLocation location) {
      super(location);
    }

    /** The keys in file order. */
    public Set<String> keys() {
      return java.util.Collections.unmodifiableSet(entries.keySet());
    }

    /** The value of {@code key}, if present. */
    public Optional<PlanNode> get(String key) {
      return Optional.ofNullable(entries.get(key)).map(e -> e.value);
    }

    /** Where {@code key} itself is written, if present. */
    public Optional<SourceLocation> keyLocation(String key) {
      return Optional.ofNullable(entries.get(key)).map(e -> e.keyLocation);
    }

    /**
     * Sets {@code key}: a present key keeps its place and key location, a new one is appended and
     * located at its value.
     */
    public void put(String key, PlanNode value) {
      Entry old = entries.get(key);
      entries.put(key, new Entry(old == null ? value.location() : old.keyLocation, value));
    }

    /** Adds a key read from the file. */
    void add(String key, SourceLocation keyLocation, PlanNode value) {
      entries.put(key, new Entry(keyLocation, value));
    }

    /** Removes {@code key}, returning its value. */
    public Optional<PlanNode> remove(String key) {
      return Optional.ofNullable(entries.remove(key)).map(e -> e.value);
    }

    /** Renames {@code from} to {@code to} in place (no-op when {@code from} is absent). */
    public void rename(String from, String to) {
      if (!entries.containsKey(from)) {
        return;
      }
      List<Map.Entry<String, Entry>> all = new ArrayList<>(entries.entrySet());
      entries.clear();
      for (Map.Entry<String, Entry> e : all) {
        entries.put(e.getKey().equals(from) ? to : e.getKey(), e.getValue());
      }
    }

    @Override
    public String describe() {
      return "a mapping";
    }

    private static final class Entry {
      final SourceLocation keyLocation;
      final PlanNode value;

      Entry(SourceLocation keyLocation, PlanNode value) {
        this.keyLocation = keyLocation;
        this.value = value;
      }
    }
  }

  /** A list; its items can be changed in place. */
  public static final class Sequence extends PlanNode {
    private final List<PlanNode> items = new ArrayList<>();

    /** An empty list at {@code location}. */
    public Sequence(SourceLocation location) {
      super(location);
    }

    /** The items, in order (modifiable). */
    public List<PlanNode> items() {
      return items;
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar: a text, a number or a boolean, with the text as written. */
  public static final class Scalar extends PlanNode {
    /** What the file's syntax made of the scalar. */
    public enum Kind {
      /** A string (quoted, or a plain YAML scalar that is not a number or boolean). */
      TEXT,
      /** A whole number. */
      INTEGER,
      /** A number with a fraction or exponent. */
      DECIMAL,
      /** {@code true} or {@code false} (YAML also: {@code yes}, {@code no}, ...). */
      BOOLEAN
    }

    private final Kind kind;
    private final String text;
    private final BigInteger integer;
    private final boolean bool;

    private Scalar(
        SourceLocation location, Kind kind, String text, BigInteger integer, boolean bool) {
      super(location);
      this.kind = kind;
      this.text = Objects.requireNonNull(text, "text");
      this.integer = integer;
      this.bool = bool;
    }

    /** A string. */
    public static Scalar text(String text, SourceLocation location) {
      return new Scalar(location, Kind.TEXT, text, null, false);
    }

    /** A whole number; {@code text} as written ({@code 60}, {@code 0x3C}). */
    public static Scalar integer(BigInteger value, String text, SourceLocation location) {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(location, "location");
      return new Scalar(location, Kind.INTEGER, text, Objects.requireNonNull(value), false);
    }

    /** A number with a fraction or exponent, as written. */
    public static Scalar decimal(String text, SourceLocation location) {
      return new Scalar(location, Kind.DECIMAL, text, null, false);
    }

    /** A boolean; {@code text} as written ({@code true}, {@code yes}). */
    public static Scalar bool(boolean value, String text, SourceLocation location) {
      return new Scalar(location, Kind.BOOLEAN, text, null, value);
    }

    /** The kind. */
    public Kind kind() {
      return kind;
    }

    /** The text as written in the file (a string's content, a number's digits). */
    public String text() {
      return text;
    }

    /** The value of an {@link Kind#INTEGER}. */
    public BigInteger integerValue() {
      if (integer == null) {
        throw new IllegalStateException("not an integer: " + text);
      }
      return integer;
    }

    /** The value of a {@link Kind#BOOLEAN}. */
    public boolean booleanValue() {
      if (kind != Kind.BOOLEAN) {
        throw new IllegalStateException("not a boolean: " + text);
      }
      return bool;
    }

    @Override
    public String describe() {
      return switch (kind) {
        case INTEGER, DECIMAL -> "the number " + text;
        case BOOLEAN -> "the boolean " + text;
        default -> "the text " + Messages.quote(text);
      };
    }
  }

  /** An explicit {@code null} (YAML also: {@code ~} or nothing after the colon). */
  public static final class Null extends PlanNode {
    /** A null at {@code location}. */
    public Null(SourceLocation location) {
      super(location);
    }

    @Override
    public String describe() {
      return "null";
    }
  }
}
