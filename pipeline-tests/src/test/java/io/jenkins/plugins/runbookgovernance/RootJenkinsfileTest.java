package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own Jenkinsfile, for a pull request, a push to main, and the quarterly timer build. */
class RootJenkinsfileTest extends JenkinsfileTest {

    @Test
    void pullRequestChecksTheBranchTheIndexAndTheChangedRunbooks(@TempDir Path workspace) throws Exception {
        run("Jenkinsfile", workspace, PULL_REQUEST, BRANCH_CAUSE);
        printCallStack();
        build.log.forEach(System.out::println);
        System.out.println(build.result() + " " + build.stagesRun + " " + build.stagesSkipped + " " + build.published);
    }
}
