package org.runbookgovernance.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.PointerPage;
import org.runbookgovernance.parse.DocumentParser;
import org.runbookgovernance.rules.Docs;

/**
 * Which runbooks only point elsewhere, read from Markdown as the parser reads it: a pointer is not asked for
 * sections (no {@code structure/required-section} finding), anything else is asked for all four defaults.
 */
class PointerPageTest {

    record Case(String name, String markdown, boolean pointer) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("moved to, with a link", """
                        # NodeFilesystemAlmostFull

                        This runbook has moved to [NodeFilesystemSpaceFillingUp](../node/NodeFilesystemSpaceFillingUp.md).
                        """, true),
                new Case("only a link", """
                        # KubeletDown

                        → [KubeletDown](https://runbooks.example.org/kubernetes/kubeletdown/)
                        """, true),
                new Case("see the other runbook", """
                        ---
                        title: EtcdMembersDown
                        ---
                        # EtcdMembersDown

                        See the [EtcdInsufficientMembers runbook](EtcdInsufficientMembers.md): both alerts share it.
                        """, true),
                new Case("see a Hugo ref, which Markdown does not read as a link", """
                        ---
                        title: Node RAID Disk Failure
                        ---
                        # NodeRAIDDiskFailure

                        See [Node RAID Degraded]({{< ref "./NodeRAIDDegraded.md" >}})
                        """, true),
                new Case("an instruction that says see, with more to do, is a runbook", """
                        # DiskFull

                        Free space first, then see [the old procedure](gone.md).
                        Then check the volume's growth.
                        """, false),
                new Case("replaced by, after label lines and a rule", """
                        # RB-014: Queue Backlog

                        **Owner:** Platform Team
                        **Last Updated:** 2026-03-01

                        ---

                        Replaced by [RB-021](./RB-021-CONSUMER-LAG.md) in March 2026.
                        """, true),
                new Case("a retired alert marked in its title needs no link", """
                        # VirtHandlerMemoryHigh [Deprecated]

                        This alert was removed in 1.4; if it still fires, silence it.
                        """, true),
                new Case("a long page its title retires, kept for old releases, is no runbook", """
                        # NodeLeaseStale [Deprecated]

                        **Note:** from 3.2 on, this alert is gone; the node controller reports the same.

                        ## Meaning

                        The kubelet stopped renewing its lease.

                        ## Impact

                        Pods on the node are not rescheduled.

                        ## Diagnosis

                        Read the kubelet log on the node.

                        ## Mitigation

                        Restart the kubelet.
                        """, true),
                new Case("a retired alert said so in its body", """
                        # CdiImportStuck

                        This alert has been deprecated and no longer fires.
                        """, true),
                new Case("a stub with a dashboard link and no redirect is a short runbook", """
                        # DiskPressure

                        Check [the node dashboard](https://grafana.example.org/d/nodes) and free space on the node.
                        """, false),
                new Case("an alert about deprecated APIs is not a retired page", """
                        # KubeDeprecatedAPIRequested

                        Deprecated APIs are being requested. Check [the audit log](https://docs.example.org/audit).
                        """, false),
                new Case("moved without a link says nowhere to go", """
                        # QueueBacklog

                        This runbook has moved to the new wiki.
                        """, false),
                new Case("a stub with no link at all", """
                        # PodCrashLooping

                        TODO: write the diagnosis.
                        """, false),
                new Case("a long page that mentions a move is judged", """
                        # CertificateExpiry

                        The old rotation job has moved to [cert-manager](https://cert-manager.io).

                        Certificates expire when the renewal fails.
                        Renewal runs every night.
                        It logs to the cert-manager namespace.
                        Check its pods first.
                        Then check the issuer.
                        """, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pointerPagesAreNotAskedForSections(Case c) {
        Document doc = DocumentParser.parse("runbooks/" + c.name().replace(' ', '-') + ".md", DocumentKind.RUNBOOK,
                c.markdown().getBytes(StandardCharsets.UTF_8)).document().orElseThrow();

        assertThat(PointerPage.is(doc)).as("pointer").isEqualTo(c.pointer());
        assertThat(Docs.run(new RequiredSection(), Docs.inventory(doc))).hasSize(c.pointer() ? 0 : 4);
    }
}
