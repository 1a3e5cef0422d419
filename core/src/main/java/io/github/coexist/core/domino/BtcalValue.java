package io.github.coexist.core.domino;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.validation.PlanPath;
import java.util.Objects;

/**
 * One notes.ini value a plan sets ({@link BtcalParameter#valuesIn}): the key as written, where the
 * plan holds it, and its parts (one, or the items of a comma-separated list).
 *
 * <pre>{@code
 * BtcalValue v = BtcalParameter.valuesIn(domino).get(0);
 * v.key();     // "BTEXCHANGEDOMAIN"
 * v.path();    // domino.foreignDomain
 * v.text();    // "Exchange"
 * }</pre>
 */
public final class BtcalValue {
  private final BtcalParameter parameter;
  private final String key;
  private final PlanPath path;
  private final ImmutableList<String> parts;
  private final boolean list;

  BtcalValue(
      BtcalParameter parameter,
      String key,
      PlanPath path,
      ImmutableList<String> parts,
      boolean list) {
    this.parameter = parameter;
    this.key = key;
    this.path = path;
    this.parts = parts;
    this.list = list;
  }

  /** The catalogue entry. */
  public BtcalParameter parameter() {
    return parameter;
  }

  /** The key as coexist writes it; a family member's with its number ({@code BTNDR54}). */
  public String key() {
    return key;
  }

  /** Where the plan holds the value, e.g. {@code domino.ndrTexts.54}. */
  public PlanPath path() {
    return path;
  }

  /** The parts: the items of a list, else the one value. */
  public ImmutableList<String> parts() {
    return parts;
  }

  /** Whether the value is a comma-separated list. */
  public boolean isList() {
    return list;
  }

  /** The value as written into notes.ini: the parts joined by commas. */
  public String text() {
    return String.join(",", parts);
  }

  /** Where the plan holds part {@code index}: the list item, or the value itself. */
  public PlanPath partPath(int index) {
    Objects.checkIndex(index, parts.size());
    return list ? path.index(index) : path;
  }

  @Override
  public String toString() {
    return key + " (" + path + ")";
  }
}
