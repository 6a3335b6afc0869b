package org.runbookgovernance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine stays a plain library: no Jenkins, no CLI, and rules never touch files, git or the clock. */
class CoreArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.runbookgovernance");
    }

    @Test
    void coreImportsNoJenkinsType() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..",
                "org.kohsuke.stapler..", "io.jenkins..").check(core);
    }

    @Test
    void coreImportsNoCliType() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.runbookgovernance.cli..", "picocli..")
                .check(core);
    }

    @Test
    void rulesDoNotReadFilesCallGitOrLookAtTheClock() {
        noClasses().that().resideInAPackage("org.runbookgovernance.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "org.eclipse.jgit..")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|RandomAccessFile).*")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "getenv", String.class)
                .check(core);
    }

    /**
     * The review plan and the owners' digests are a pure function of the inventory and the config: only the
     * digest writer touches files, and nothing there looks at the clock (the plan's day is the inventory's).
     */
    @Test
    void theReviewPlanAndDigestsReadNoFileButTheWriterWritesThem() {
        noClasses().that().resideInAPackage("org.runbookgovernance.review..")
                .and().doNotHaveSimpleName("DigestWriter")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "org.eclipse.jgit..",
                        "org.runbookgovernance.engine..")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .check(core);
        noClasses().that().resideInAPackage("org.runbookgovernance.review..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .check(core);
    }

    /** Owners are read like any input: the reader knows files, not git, the engine, rules or reports. */
    @Test
    void theOwnersReaderReadsFilesOnly() {
        noClasses().that().resideInAPackage("org.runbookgovernance.owners..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jgit..", "org.runbookgovernance.git..",
                        "org.runbookgovernance.engine..", "org.runbookgovernance.report..")
                .check(core);
    }

    /** {@code init} reads a repository as the readers do; it knows no rule, engine, report, baseline or git. */
    @Test
    void theAdoptionReaderStaysAtTheReaderLevel() {
        noClasses().that().resideInAPackage("org.runbookgovernance.adopt..")
                .should().dependOnClassesThat().resideInAnyPackage("org.runbookgovernance.rules..",
                        "org.runbookgovernance.engine..", "org.runbookgovernance.report..",
                        "org.runbookgovernance.baseline..", "org.runbookgovernance.git..", "org.eclipse.jgit..")
                .check(core);
    }

    /** The baseline is applied to a finished report, so nothing the rules or readers see may know of it. */
    @Test
    void onlyTheFacesAndNothingBelowTheReportKnowTheBaseline() {
        noClasses().that().resideInAnyPackage("org.runbookgovernance.model..", "org.runbookgovernance.rules..",
                        "org.runbookgovernance.parse..", "org.runbookgovernance.alerts..", "org.runbookgovernance.git..",
                        "org.runbookgovernance.owners..", "org.runbookgovernance.engine..", "org.runbookgovernance.adopt..",
                        "org.runbookgovernance.report..")
                .should().dependOnClassesThat().resideInAPackage("org.runbookgovernance.baseline..")
                .check(core);
    }
}
