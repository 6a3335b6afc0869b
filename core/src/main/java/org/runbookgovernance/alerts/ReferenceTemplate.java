package org.runbookgovernance.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the Go-template parts of a runbook reference that the rule itself fixes:
 * {@code {{ $labels.alertname }}} is the alert's name, {@code {{ $labels.team }}} a static label the rule
 * sets; {@code toLower}, {@code toUpper} and {@code title} pipes apply. Anything else depends on the
 * firing series ({@code $labels.service} without a static label, {@code $value}, {@code $externalLabels})
 * and stays dynamic, to be reported as unverifiable.
 */
record ReferenceTemplate(String rendered, List<String> dynamicParts) {

    private static final Pattern ACTION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}");
    private static final Pattern LABEL = Pattern.compile(
            "(?:\\$labels|\\.Labels)\\.([A-Za-z_][A-Za-z0-9_]*)|index\\s+(?:\\$labels|\\.Labels)\\s+\"([^\"]+)\"");

    ReferenceTemplate {
        dynamicParts = List.copyOf(dynamicParts);
    }

    boolean isTemplated() {
        return !dynamicParts.isEmpty();
    }

    static boolean hasActions(String text) {
        return text.contains("{{");
    }

    static ReferenceTemplate render(String text, String alertName, Map<String, String> staticLabels) {
        Matcher m = ACTION.matcher(text);
        StringBuilder out = new StringBuilder();
        List<String> dynamic = new ArrayList<>();
        while (m.find()) {
            String value = evaluate(m.group(1), alertName, staticLabels);
            if (value == null) {
                dynamic.add(m.group());
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return new ReferenceTemplate(out.toString(), dynamic);
    }

    /** The value of one action, or null when it depends on the firing alert. */
    private static String evaluate(String action, String alertName, Map<String, String> staticLabels) {
        String[] pipeline = action.split("\\|");
        Matcher label = LABEL.matcher(pipeline[0].strip());
        if (!label.matches()) {
            return null;
        }
        String name = label.group(1) != null ? label.group(1) : label.group(2);
        String value = name.equals("alertname") ? staticLabels.getOrDefault(name, alertName) : staticLabels.get(name);
        if (value == null || hasActions(value)) {
            return null;
        }
        for (int i = 1; i < pipeline.length; i++) {
            switch (pipeline[i].strip()) {
                case "toLower" -> value = value.toLowerCase(Locale.ROOT);
                case "toUpper" -> value = value.toUpperCase(Locale.ROOT);
                case "title" -> value = title(value);
                default -> {
                    return null;
                }
            }
        }
        return value;
    }

    private static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetterOrDigit(c);
        }
        return b.toString();
    }
}
