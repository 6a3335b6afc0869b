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
}
