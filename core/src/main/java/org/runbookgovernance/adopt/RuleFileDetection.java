package org.runbookgovernance.adopt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.Map;
import org.runbookgovernance.alerts.AlertCollector;
import org.runbookgovernance.alerts.AlertLoad;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.config.Glob;

/**
 * The YAML files holding {@code alert:} rules (plain rule groups or {@code PrometheusRule} objects), read by the
 * rule-file reader a check uses: the alert count, the severity labels and the runbook references. {@code globs} is empty when the
 * default rule globs already take exactly these files.
 */
public record RuleFileDetection(List<String> files, int alerts, Set<String> severities, List<String> runbookUrls,
                                List<String> globs) {


    /** A rule file's {@code groups:} key (quoted or not, possibly empty), at the top or under a {@code spec:}. */
    private static final Pattern RULE_GROUPS = Pattern.compile("\\s{0,4}([\"']?)groups\\1:\\s*(\\[\\s*]\\s*)?(#.*)?");

    public RuleFileDetection {
        files = List.copyOf(files);
        severities = Set.copyOf(severities);
        runbookUrls = List.copyOf(runbookUrls);
        globs = List.copyOf(globs);
    }

    public static RuleFileDetection of(RepositorySurvey survey) {
        // The rule files are read as a check reads them (alerts/RuleFileReader), here from every YAML file found.
        Config config = Config.DEFAULT.withSection(AlertSettings.SECTION,
                Map.of(AlertSettings.RULE_FILES, List.copyOf(survey.yaml())));
        AlertLoad load = AlertCollector.startReadingRuleFiles(survey.root(), AlertSettings.from(config, List.of(),
                Map.of())).join();
        Set<String> files = new TreeSet<>();
        Set<String> severities = new TreeSet<>();
        Set<String> urls = new TreeSet<>();
        int alerts = 0;
        for (Alert alert : load.alerts()) {
            if (alert.origin() != AlertOrigin.RULE_FILE) {
                continue;
            }
            alerts++;
            files.add(alert.position().path());
            alert.severity().map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty())
                    .ifPresent(severities::add);
            alert.runbookRef().map(String::strip).filter(v -> !v.isEmpty()).ifPresent(urls::add);
        }
        List<String> found = new ArrayList<>(files);
        return new RuleFileDetection(found, alerts, severities, new ArrayList<>(urls), globs(found, survey));
    }

    private static List<String> globs(List<String> files, RepositorySurvey survey) {
        Set<String> wanted = Set.copyOf(files);
        if (matched(AlertSettings.DEFAULT_RULE_GLOBS, survey).equals(new TreeSet<>(files))) {
            return List.of();
        }
        Set<String> globs = new TreeSet<>();
        for (String file : files) {
            String folder = RepositorySurvey.folder(file);
            String ext = file.substring(file.lastIndexOf('.') + 1);
            String top = folder.contains("/") ? folder.substring(0, folder.indexOf('/')) : folder;
            String deep = top + "/**/*." + ext;
            String flat = folder + "/*." + ext;
            if (folder.isEmpty()) {
                globs.add(file);
            } else if (onlyRuleFiles(matched(List.of(deep), survey), wanted, survey)) {
                globs.add(deep);
            } else if (onlyRuleFiles(matched(List.of(flat), survey), wanted, survey)) {
                globs.add(flat);
            } else {
                globs.add(file);
            }
        }
        return new ArrayList<>(globs);
    }

    /**
     * A folder glob may stand for a list of files when every YAML file it takes holds alerts or at least rule
     * groups: recording-rule files beside alerting ones cost a read and yield nothing, while other YAML could.
     */
    private static boolean onlyRuleFiles(Set<String> matched, Set<String> withAlerts, RepositorySurvey survey) {
        for (String path : matched) {
            if (!withAlerts.contains(path) && survey.lines(path).stream().noneMatch(RuleFileDetection::rulesLine)) {
                return false;
            }
        }
        return true;
    }

    private static boolean rulesLine(String line) {
        return RULE_GROUPS.matcher(line).matches();
    }

    private static Set<String> matched(List<String> patterns, RepositorySurvey survey) {
        List<Glob> globs = patterns.stream().map(Glob::of).toList();
        Set<String> matched = new TreeSet<>();
        for (String path : survey.yaml()) {
            if (globs.stream().anyMatch(g -> g.matches(path))) {
                matched.add(path);
            }
        }
        return matched;
    }
}
