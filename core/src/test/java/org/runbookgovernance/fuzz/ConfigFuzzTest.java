package org.runbookgovernance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.model.BadInputException;

/** Config text: either a config or a {@link BadInputException} naming the file and a line that exists. */
class ConfigFuzzTest {

    private static final String NAME = ".runbook-governance.yml";

    @FuzzTest(maxDuration = "10s")
    void config(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            Config config = ConfigLoader.parse(text, NAME);
            assertThat(config.documents()).isNotNull();
            assertThat(config.review()).isNotNull();
        } catch (BadInputException e) {
            assertThat(e.getMessage()).isNotBlank();
            if (e.position() != null) {
                Invariants.positionInside(e.position(), NAME, Invariants.lineCount(text));
            }
        }
    }
}
