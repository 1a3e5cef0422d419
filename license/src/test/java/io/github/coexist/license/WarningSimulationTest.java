package io.github.coexist.license;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.LicenseType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 400 consecutive days of a server that checks its license once a day but misses days at random
 * (single days, and now and then an outage of up to six weeks), recording each warning it sends.
 * Fixed seeds: every run is the same.
 */
class WarningSimulationTest {
  private static final int DAYS = 400;
  private static final int SEEDS = 30;
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final LocalDate START = LocalDate.of(2026, 1, 10);

  /** One check of the simulation: the day, days left, the warning sent (or null). */
  record Check(LocalDate day, long daysLeft, LicenseStatus status, WarningLevel lastBefore) {
    WarningLevel sent() {
      return status.warningDue().map(ExpiryWarning::level).orElse(null);
    }
  }

  static Stream<Arguments> runs() {
    return LongStream.rangeClosed(1, SEEDS)
        .boxed()
        .flatMap(seed -> Stream.of(LicenseType.values()).map(type -> Arguments.of(seed, type)));
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("runs")
  void eachWarningFiresAtMostOnceNeverBeforeItsDayNeverInABurst(long seed, LicenseType type) {
    Random random = new Random(seed);
    License license = license(type, random);
    List<Check> checks = simulate(license, random);
    Map<WarningLevel, LocalDate> firedOn = new EnumMap<>(WarningLevel.class);

    for (Check check : checks) {
      boolean notYetValid = check.day().isBefore(license.generated());
      assertThat(check.sent())
          .as(
              "check on %s, %d days left, last sent %s",
              check.day(), check.daysLeft(), check.lastBefore())
          .isEqualTo(expected(type, notYetValid, check.daysLeft(), check.lastBefore()));
      assertRunsAsItsTypeDoes(check, type, notYetValid);
      WarningLevel level = check.sent();
      if (level == null) {
        continue;
      }
      assertThat(firedOn).as("%s fired twice", level).doesNotContainKey(level);
      if (level == WarningLevel.EXPIRED) {
        assertThat(check.daysLeft()).as("expiry notice before expiry").isNegative();
      } else {
        assertThat(check.daysLeft())
            .as("%s before its day", level)
            .isLessThanOrEqualTo(level.daysBefore().getAsInt());
      }
      // Never a burst: one warning per check, each more urgent than the last one sent, so the
      // thresholds skipped during an outage are never sent afterwards.
      if (check.lastBefore() != null) {
        assertThat(level.isMoreUrgentThan(check.lastBefore())).isTrue();
      }
      firedOn.put(level, check.day());
    }

    Check lastCheck = checks.get(checks.size() - 1);
    if (lastCheck.daysLeft() < 0) {
      assertThat(firedOn).as("the expiry notice, once").containsKey(WarningLevel.EXPIRED);
    }
    for (WarningLevel level : WarningLevel.thresholds(type)) {
      LocalDate due = license.expires().minusDays(level.daysBefore().getAsInt());
      boolean checkedThatDay = checks.stream().anyMatch(c -> c.day().equals(due));
      if (checkedThatDay && nothingAsUrgentBefore(firedOn, level, due)) {
        assertThat(firedOn.get(level)).as("%s on its own day", level).isEqualTo(due);
      }
    }
  }

  @Test
  void theSimulationMissesDaysAndCatchesUp() {
    int missedThresholds = 0;
    int catchUps = 0;
    int checks = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      for (LicenseType type : LicenseType.values()) {
        Random random = new Random(seed);
        License license = license(type, random);
        List<Check> run = simulate(license, random);
        checks += run.size();
        List<WarningLevel> sent = new ArrayList<>();
        for (Check check : run) {
          if (check.sent() != null) {
            sent.add(check.sent());
            if (check.sent() != WarningLevel.EXPIRED
                && check.daysLeft() < check.sent().daysBefore().getAsInt()) {
              catchUps++;
            }
          }
        }
        missedThresholds += WarningLevel.thresholds(type).size() + 1 - sent.size();
      }
    }
    // Without these the properties above would hold trivially.
    int days = SEEDS * LicenseType.values().length * DAYS;
    assertThat(checks).isBetween(days / 4, days * 3 / 4);
    assertThat(catchUps).isGreaterThan(40);
    assertThat(missedThresholds).isGreaterThan(60);
  }

  private static boolean nothingAsUrgentBefore(
      Map<WarningLevel, LocalDate> firedOn, WarningLevel level, LocalDate day) {
    return firedOn.entrySet().stream()
        .noneMatch(e -> e.getKey().compareTo(level) >= 0 && e.getValue().isBefore(day));
  }

  /**
   * The rule, stated on its own: the most urgent threshold crossed (days left at most the
   * threshold; the expiry notice once days left is negative), if more urgent than the last sent.
   */
  private static WarningLevel expected(
      LicenseType type, boolean notYetValid, long daysLeft, WarningLevel last) {
    WarningLevel crossed;
    if (notYetValid) {
      return null;
    } else if (daysLeft < 0) {
      crossed = WarningLevel.EXPIRED;
    } else if (daysLeft <= 1) {
      crossed = WarningLevel.DAYS_1;
    } else if (daysLeft == 2) {
      crossed = WarningLevel.DAYS_2;
    } else if (daysLeft == 3) {
      crossed = WarningLevel.DAYS_3;
    } else if (daysLeft <= 30) {
      crossed = WarningLevel.DAYS_30;
    } else if (daysLeft <= 90 && type != LicenseType.TRIAL) {
      crossed = WarningLevel.DAYS_90;
    } else {
      return null;
    }
    return last == null || crossed.compareTo(last) > 0 ? crossed : null;
  }

  /** A trial stops after its expiry day; standard licenses run on; nothing runs before. */
  private static void assertRunsAsItsTypeDoes(Check check, LicenseType type, boolean notYetValid) {
    long daysLeft = check.daysLeft();
    boolean runs = !notYetValid && (daysLeft >= 0 || type != LicenseType.TRIAL);
    assertThat(check.status().runs()).as("runs, %d days left", daysLeft).isEqualTo(runs);
    assertThat(check.status().valid()).isEqualTo(!notYetValid && daysLeft >= 0);
    assertThat(check.status().zappEnabled()).isEqualTo(runs && type == LicenseType.STANDARD_ZAPP);
  }

  /** Generated a few days into the run; a trial lasts 30 days, the others 4 to 13 months. */
  private static License license(LicenseType type, Random random) {
    LocalDate generated = START.plusDays(random.nextInt(10));
    LocalDate expires =
        type == LicenseType.TRIAL
            ? License.trialExpiry(generated)
            : generated.plusDays(120 + random.nextInt(270));
    return Fixtures.standardBuilder().type(type).generated(generated).expires(expires).build();
  }

  /** Runs the 400 days: about a third of single days missed, and now and then an outage. */
  private static List<Check> simulate(License license, Random random) {
    List<Check> checks = new ArrayList<>();
    WarningLevel last = null;
    int i = 0;
    while (i < DAYS) {
      if (random.nextInt(40) == 0) {
        i += 1 + random.nextInt(42);
        continue;
      }
      if (random.nextInt(3) == 0) {
        i++;
        continue;
      }
      LocalDate day = START.plusDays(i++);
      LocalTime time = LocalTime.ofSecondOfDay(random.nextInt(24 * 60 * 60));
      Clock clock = Clock.fixed(day.atTime(time).atZone(ZONE).toInstant(), ZONE);
      LicenseEvaluator evaluator = new LicenseEvaluator(clock, ZONE);
      LicenseStatus status =
          last == null ? evaluator.evaluate(license) : evaluator.evaluate(license, last);
      long daysLeft = license.expires().toEpochDay() - day.toEpochDay();
      checks.add(new Check(day, daysLeft, status, last));
      if (status.warningDue().isPresent()) {
        last = status.warningDue().get().level();
      }
    }
    return checks;
  }
}
