package org.runbookgovernance.adopt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.config.Glob;

/**
 * The YAML files holding {@code alert:} rules (plain rule groups or {@code PrometheusRule} objects), read line by
 * line: the alert count, the severity labels and the runbook annotations. {@code globs} is empty when the
 * default rule globs already take exactly these files.
 */
public record RuleFileDetection(List<String> files, int alerts, Set<String> severities, List<String> runbookUrls,
                                List<String> globs) {

    private static final Pattern ALERT = Pattern.compile("^\\s*(?:-\\s*)?alert\\s*:\\s*\\S.*");
    private static final Pattern SEVERITY = Pattern.compile("^\\s*severity\\s*:\\s*(\\S.*?)\\s*$");
    private static final Pattern RUNBOOK = Pattern.compile("^\\s*(?:runbook_url|runbook)\\s*:\\s*(\\S.*?)\\s*$");

    public RuleFileDetection {
        files = List.copyOf(files);
        severities = Set.copyOf(severities);
        runbookUrls = List.copyOf(runbookUrls);
        globs = List.copyOf(globs);
    }

    public static RuleFileDetection of(RepositorySurvey survey) {
        List<String> files = new ArrayList<>();
        int alerts = 0;
        Set<String> severities = new TreeSet<>();
        Set<String> urls = new TreeSet<>();
        for (String path : survey.yaml()) {
            List<String> lines = survey.lines(path);
            int here = (int) lines.stream().filter(l -> ALERT.matcher(l).matches()).count();
            if (here == 0) {
                continue;
            }
            files.add(path);
            alerts += here;
            for (String line : lines) {
                Matcher s = SEVERITY.matcher(line);
                if (s.matches()) {
                    severities.add(unquote(s.group(1)).toLowerCase(Locale.ROOT));
                }
                Matcher r = RUNBOOK.matcher(line);
                if (r.matches()) {
                    urls.add(unquote(r.group(1)));
                }
            }
        }
        return new RuleFileDetection(files, alerts, severities, new ArrayList<>(urls), globs(files, survey));
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
            } else if (wanted.containsAll(matched(List.of(deep), survey))) {
                globs.add(deep);
            } else if (wanted.containsAll(matched(List.of(flat), survey))) {
                globs.add(flat);
            } else {
                globs.add(file);
            }
        }
        return new ArrayList<>(globs);
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

    private static String unquote(String value) {
        String v = value;
        int comment = v.indexOf(" #");
        if (comment >= 0 && !v.startsWith("\"") && !v.startsWith("'")) {
            v = v.substring(0, comment).strip();
        }
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }
}
