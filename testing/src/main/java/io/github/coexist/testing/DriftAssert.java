package io.github.coexist.testing;

import io.github.coexist.livestate.drift.Drift;
import io.github.coexist.livestate.drift.DriftReport;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Drift}: how a live organisation differs from a plan.
 *
 * <pre>{@code
 * assertThat(Drift.between(plan, snapshot)).isInSync();
 * assertThat(drift).differsAt("sendConnectors[0].smartHosts").differsAt("receiveConnectors[1]");
 * assertThat(drift).isMissing("receiveConnectors[1]").hasUnknownKind(ObjectKind.SEND_CONNECTOR);
 * }</pre>
 *
 * Failure messages quote the drift report ({@link DriftReport.Form#TEXT}), one finding per line.
 */
public final class DriftAssert extends AbstractAssert<DriftAssert, Drift> {
  DriftAssert(Drift actual) {
    super(actual, DriftAssert.class);
  }

  /** Fails unless every planned object exists and nothing differs or is unknown. */
  public DriftAssert isInSync() {
    isNotNull();
    if (!actual.isInSync()) {
      fail("Expected the organisation in sync with the plan, but:\n" + report());
    }
    return this;
  }

  /** Fails unless there is a difference exactly at {@code path} (an object or an attribute). */
  public DriftAssert differsAt(String path) {
    Objects.requireNonNull(path, "path");
    isNotNull();
    if (actual.differences().stream().noneMatch(d -> d.path().equals(path))) {
      fail("Expected a difference at " + path + ", but:\n" + report());
    }
    return this;
  }

  /** Fails unless the planned object at {@code path} is missing from the organisation. */
  public DriftAssert isMissing(String path) {
    Objects.requireNonNull(path, "path");
    isNotNull();
    if (actual.differences().stream()
        .noneMatch(d -> d.path().equals(path) && d.type() == Drift.Type.MISSING)) {
      fail("Expected " + path + " missing, but:\n" + report());
    }
    return this;
  }

  /** Fails if anything differs at {@code path} or inside it. */
  public DriftAssert doesNotDifferAt(String path) {
    Objects.requireNonNull(path, "path");
    isNotNull();
    List<Drift.Difference> there = actual.at(path);
    if (!there.isEmpty()) {
      fail("Expected no difference at " + path + ", but:\n" + report());
    }
    return this;
  }

  /** Fails unless exactly these paths differ, in any order. */
  public DriftAssert differsOnlyAt(String... paths) {
    Objects.requireNonNull(paths, "paths");
    isNotNull();
    List<String> found =
        actual.differences().stream().map(Drift.Difference::path).sorted().toList();
    List<String> expected = java.util.Arrays.stream(paths).sorted().toList();
    if (!found.equals(expected)) {
      fail("Expected differences exactly at " + expected + ", but:\n" + report());
    }
    return this;
  }

  /** Fails unless {@code kind}'s objects were unknown (unreadable or not covered). */
  public DriftAssert hasUnknownKind(io.github.coexist.core.model.ObjectKind kind) {
    isNotNull();
    if (actual.unknown().stream().noneMatch(u -> u.kind() == kind)) {
      fail("Expected " + kind.planKey() + " unknown, but:\n" + report());
    }
    return this;
  }

  /** Fails with {@code message} as it is (a hostile name holds no format specifier). */
  private void fail(String message) {
    failWithMessage("%s", message);
  }

  /** The drift as its text report, for a failure message. */
  private String report() {
    return DriftReport.of(actual, DriftReport.Form.TEXT).text();
  }
}
