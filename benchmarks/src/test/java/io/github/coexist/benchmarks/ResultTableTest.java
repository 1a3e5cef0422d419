package io.github.coexist.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {
  private static List<String> rowsOf(Measurements m) {
    return Arrays.asList(ResultTable.render(m).split("\n"));
  }

  private static String row(Measurements m, String start) {
    return rowsOf(m).stream()
        .filter(r -> r.startsWith("| " + start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + start));
  }

  @Test
  void headerAndOneRowPerComparisonLine() {
    List<String> rows = rowsOf(new Measurements());

    assertThat(rows.get(0))
        .isEqualTo("| comparison | measured | baseline | ratio | target | met? |");
    assertThat(rows.get(1)).isEqualTo("| --- | --- | --- | --- | --- | --- |");
    assertThat(rows).hasSize(2 + 18);
  }

  @Test
  void ratiosAgainstTheirTargets() {
    Measurements m =
        new Measurements()
            .put("LicenseBenchmark.coexistParseAndVerify", 150)
            .put("LicenseBenchmark.bareVerify", 100)
            .put("NotesIniBenchmark.coexistParseMergeRender", 600)
            .put("NotesIniBenchmark.ini4jRead", 1000)
            .put("cli.launcher", 210)
            .put("cli.floorLibraries", 150)
            .put("cli.hello", 100);

    assertThat(row(m, "4 license"))
        .isEqualTo(
            "| 4 license: coexist parse + verify vs bare JDK Ed25519 verify | 150.0 µs | 100.0 µs"
                + " | 1.50 | <= 1.5 | yes |");
    assertThat(row(m, "3 Notes.ini, 20,000 lines: coexist parse + merge + render vs ini4j"))
        .endsWith("| 600.0 µs | 1,000.0 µs | 0.60 | <= 0.5 (2× ini4j's throughput) | NO |");
    assertThat(row(m, "5 CLI cold start: coexist validate through ./coexist"))
        .endsWith("| 210 ms | 100 ms | 2.10 | <= 2 | NO |");
    assertThat(row(m, "5 CLI cold start floor: picocli and Jackson"))
        .endsWith("| 150 ms | 100 ms | 1.50 | - (the libraries' floor) | - |");
    assertThat(row(m, "5 CLI cold start: coexist --version"))
        .endsWith("| not measured | 100 ms | - | - (for scale) | - |");
  }

  @Test
  void scalingReportsPerEntryTimesAndTheWorstTenfoldStep() {
    Measurements m =
        new Measurements()
            .put("ScalingBenchmark.validate[100]", 100)
            .put("ScalingBenchmark.validate[1000]", 900)
            .put("ScalingBenchmark.validate[10000]", 11_500)
            .put("ScalingBenchmark.validate[100000]", 120_000);

    assertThat(row(m, "2 scaling, validation"))
        .contains("| 100: 1.000; 1,000: 0.900; 10,000: 1.150; 100,000: 1.200 |")
        .contains("| 12.78× worst per 10× | <= 12× per 10× | NO |");
  }

  @Test
  void theBaselineWalkIsShownButNotJudged() {
    Measurements m =
        new Measurements()
            .put("ScalingBenchmark.walk[100]", 1)
            .put("ScalingBenchmark.walk[1000]", 10)
            .put("ScalingBenchmark.walk[10000]", 100)
            .put("ScalingBenchmark.walk[100000]", 3000);

    assertThat(row(m, "2 scaling, baseline"))
        .contains("| 100: 0.010; 1,000: 0.010; 10,000: 0.010; 100,000: 0.030 |")
        .endsWith("| 30.00× worst per 10× | - (this machine's floor) | - |");
  }

  @Test
  void allocationPerEntryAndItsWorstTenfoldStep() {
    Measurements m =
        new Measurements()
            .put("ScalingBenchmark.emit[100]" + Measurements.ALLOCATED, 200_000)
            .put("ScalingBenchmark.emit[1000]" + Measurements.ALLOCATED, 2_100_000)
            .put("ScalingBenchmark.emit[10000]" + Measurements.ALLOCATED, 20_000_000)
            .put("ScalingBenchmark.emit[100000]" + Measurements.ALLOCATED, 230_000_000);

    assertThat(row(m, "2 scaling, emission allocation"))
        .contains("| 100: 2,000; 1,000: 2,100; 10,000: 2,000; 100,000: 2,300 |")
        .endsWith("| 11.50× worst per 10× | - (the work, for the time rows) | - |");
    assertThat(row(m, "2 scaling, validation allocation"))
        .contains("| 100: -; 1,000: -; 10,000: -; 100,000: - |")
        .endsWith("| - | - (the work, for the time rows) | - |");
  }

  @Test
  void aMissingMeasurementIsNeverMet() {
    Measurements m =
        new Measurements()
            .put("ScalingBenchmark.emit[100]", 100)
            .put("ScalingBenchmark.emit[1000]", 1000);

    assertThat(row(m, "2 scaling, emission")).endsWith("| not measured |");
    assertThat(row(m, "1 end to end")).contains("not measured").endsWith("| not measured |");
  }

  @Test
  void endToEndAgainstFiftyMicroseconds() {
    Measurements m =
        new Measurements()
            .put("EndToEndBenchmark.validateAndEmit[EXCHANGE_ONLINE]", 49.5)
            .put("EndToEndBenchmark.validateAndEmit[EXCHANGE_SERVER]", 50.5);

    assertThat(
            row(
                m,
                "1 end to end: validate + " + Emission.WHAT + ", recommended plan exchange online"))
        .endsWith("| 49.5 µs per plan | - | - | <= 50 µs | yes |");
    assertThat(
            row(
                m,
                "1 end to end: validate + " + Emission.WHAT + ", recommended plan exchange server"))
        .endsWith("| 50.5 µs per plan | - | - | <= 50 µs | NO |");
  }
}
