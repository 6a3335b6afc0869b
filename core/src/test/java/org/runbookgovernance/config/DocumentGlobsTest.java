package org.runbookgovernance.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.runbookgovernance.model.DocumentKind;

/** What the default globs make of the files of the layouts teams use, without any config. */
class DocumentGlobsTest {

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource({
        // the sample: RB-NNN files, a README index, the other kinds by folder
        "sample, incidents/RB-001-SERVICE-DOWN.md, RUNBOOK",
        "sample, README.md, INDEX",
        "sample, templates/INCIDENT_REPORT_TEMPLATE.md, TEMPLATE",
        "sample, quick-reference/ON_CALL_GUIDE.md, GUIDE",
        "sample, postmortems/2026-11-20-cert-rotation.md, INCIDENT_REPORT",
        "sample, INCIDENT_RESPONSE_FRAMEWORK.md, GUIDE",
        // a runbooks folder below the root: kubevirt-style docs/runbooks, with a prose README
        "docs runbooks, docs/runbooks/VirtHandlerDown.md, RUNBOOK",
        "docs runbooks, docs/runbooks/README.md, INDEX",
        "docs runbooks, docs/metrics.md, OTHER",
        "docs runbooks, runbooks/KubeletDown.md, RUNBOOK",
        // a Hugo site: content/runbooks/<component>/<AlertName>.md, section pages, archetypes
        "Hugo site, content/runbooks/kubernetes/KubePodCrashLooping.md, RUNBOOK",
        "Hugo site, content/runbooks/kubernetes/_index.md, OTHER",
        "Hugo site, content/runbooks/_index.md, OTHER",
        "Hugo site, content/_index.md, OTHER",
        "Hugo site, content/about.md, OTHER",
        // GitHub-rendered: alerts/<component>/<AlertName>.md
        "GitHub-rendered, alerts/cluster-monitoring-operator/TargetDown.md, RUNBOOK",
        "GitHub-rendered, alerts/cluster-monitoring-operator/README.md, INDEX",
        "GitHub-rendered, alerts/CONTRIBUTING.md, OTHER",
        // service docs: a README per service is not a runbook until the config says so
        "service docs, docs/billing/README.md, OTHER",
    })
    void defaultKinds(String layout, String path, DocumentKind kind) {
        assertThat(DocumentGlobs.DEFAULT.kindOf(path)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} is never read")
    @CsvSource({"archetypes/default.md", "archetypes/runbook.md", "site/archetypes/runbooks/alert.md",
        "node_modules/x/README.md", ".git/x.md"})
    void excludedByDefault(String path) {
        assertThat(DocumentGlobs.DEFAULT.kindOf(path)).isNull();
    }

    @ParameterizedTest(name = "--include {0}: {1} is {2}")
    @CsvSource({
        "**/*.md, VirtHandlerDown.md, RUNBOOK",
        "**/*.md, README.md, INDEX",
        "**/*.md, kubernetes/_index.md, OTHER",
        "**/*.md, archetypes/default.md, ",
    })
    void includeReplacesOnlyTheRunbookGlobs(String include, String path, DocumentKind kind) {
        assertThat(DocumentGlobs.DEFAULT.withOverrides(List.of(include), List.of()).kindOf(path)).isEqualTo(kind);
    }
}
