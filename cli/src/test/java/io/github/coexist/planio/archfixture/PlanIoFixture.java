package io.github.coexist.planio.archfixture;

/** An architecture-test fixture in the wrong layer on purpose (see ArchitectureRulesFailTest). */
public final class PlanIoFixture {
  private PlanIoFixture() {}

  /** plan-io calling live-state. */
  static Object liveState() {
    return io.github.coexist.livestate.archfixture.LiveStateFixture.class;
  }

  /** plan-io finding a builder method by name. */
  static java.lang.reflect.Method byName() throws NoSuchMethodException {
    return PlanIoFixture.class.getDeclaredMethod("byName");
  }
}
