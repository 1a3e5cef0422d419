package io.github.coexist.domino;

import io.github.coexist.core.model.Environment;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import io.github.coexist.testsupport.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The One-Touch Setup JSON of both recommended plans, as reviewed in src/test/resources/golden. */
class OneTouchSetupJsonGoldenTest {
  @ParameterizedTest
  @EnumSource(Environment.class)
  void matchesTheGoldenFile(Environment environment) {
    String json =
        OneTouchSetupJson.render(
            DominoDirectoryEmitter.standard()
                .emit(Judge.validate(ScenarioPlans.recommended(environment))));
    Golden.assertResource("golden/domino-directory-" + environment.key() + ".json", json);
  }
}
