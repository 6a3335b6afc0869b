package org.runbookgovernance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine stays a plain library: no Jenkins, no CLI, and rules never touch files, git or the clock; its packages
 * form layers, each using only the layers below it.
 */
class CoreArchitectureTest {

    private static final String ROOT = "org.runbookgovernance.";

    /**
     * The layers, lowest first: a class may use its own layer and the layers below (docs/ARCHITECTURE.md). The
     * inventory gathers what the readers read under the config; the report (findings, the report record, its
     * formats) and the runbook index (generated from the inventory, written in the report's formats) sit below
     * the rules: the rules write findings and regenerate the index to compare, the engine assembles the report.
     * The faces (CLI, plugin) are other modules, above all of these.
     */
    static final List<Layer> LAYERS = List.of(
            new Layer("Support", "parallel.."),
            new Layer("Model", "model.."),
            new Layer("Config", "config..", "yaml.."), // the config is read with the safe YAML loader
            new Layer("Inventory", "inventory.."),
            new Layer("Readers", "parse..", "alerts..", "git..", "owners..", "files.."),
            new Layer("Report", "report.."),
            new Layer("Index", "index.."),
            new Layer("Rules", "rules.."),
            new Layer("Checks", "engine..", "baseline..", "review..", "adopt..", "record.."));

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
    void coreUsesOnlyCommonmarksPublicApi() {
        // commonmark does not export its internal packages: an upgrade may change or remove them
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.commonmark.internal..").check(core);
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

    /**
     * Recording a review reads the inventory, never git or the clock (the day comes from the caller), and writes
     * only through {@code files.Replacement}: atomically.
     */
    @Test
    void recordingAReviewTakesItsDayFromTheCallerAndWritesOnlyAtomically() {
        noClasses().that().resideInAPackage("org.runbookgovernance.record..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jgit..", "org.runbookgovernance.git..",
                        "org.runbookgovernance.report..", "org.runbookgovernance.baseline..")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.nio.file.Files.class, "write", java.nio.file.Path.class, byte[].class,
                        java.nio.file.OpenOption[].class)
                .orShould().callMethod(java.nio.file.Files.class, "writeString", java.nio.file.Path.class,
                        CharSequence.class, java.nio.file.OpenOption[].class)
                .orShould().callMethod(java.nio.file.Files.class, "newOutputStream", java.nio.file.Path.class,
                        java.nio.file.OpenOption[].class)
                .check(core);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layers().check(core);
    }

    @Test
    void everyPackageIsInALayer() {
        classes().should().resideInAnyPackage(LAYERS.stream().flatMap(l -> l.packages().stream()).toArray(String[]::new))
                .check(core);
    }

    private static LayeredArchitecture layers() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (Layer layer : LAYERS) {
            architecture = architecture.layer(layer.name()).definedBy(layer.packages().toArray(String[]::new));
        }
        List<String> below = new ArrayList<>();
        for (Layer layer : LAYERS) {
            architecture = below.isEmpty() ? architecture.whereLayer(layer.name()).mayNotAccessAnyLayer()
                    : architecture.whereLayer(layer.name()).mayOnlyAccessLayers(below.toArray(String[]::new));
            below.add(layer.name());
        }
        return architecture;
    }

    /** A layer: its name and its packages, given below {@code org.runbookgovernance}. */
    record Layer(String name, List<String> packages) {
        Layer(String name, String... packages) {
            this(name, List.of(packages).stream().map(p -> ROOT + p).toList());
        }
    }
}
