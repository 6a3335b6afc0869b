package io.jenkins.plugins.runbookgovernance;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Draws the job's trend as an SVG line chart: errors, warnings and overdue runbooks per build. Built here
 * rather than with a charting script, so the page runs no JavaScript; every text is escaped, and colours are
 * attributes rather than style, which a strict Content-Security-Policy allows.
 */
final class TrendChart {

    static final int WIDTH = 480;
    static final int HEIGHT = 200;
    private static final int LEFT = 40;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 44;

    /** A line of the chart: its legend text, its colour, and the count it draws. */
    record Series(String label, String colour, ToIntFunction<GovernanceTrend.Point> value) {
    }

    static List<Series> standardSeries() {
        return List.of(new Series(Messages.Trend_Errors(), "#d24939", GovernanceTrend.Point::errors),
                new Series(Messages.Trend_Warnings(), "#e9a23b", GovernanceTrend.Point::warnings),
                new Series(Messages.Trend_Overdue(), "#4a6fd1", GovernanceTrend.Point::overdue));
    }

    private TrendChart() {
    }

    static String svg(List<GovernanceTrend.Point> points, List<Series> series, String title) {
        int max = 1;
        for (GovernanceTrend.Point p : points) {
            for (Series s : series) {
                max = Math.max(max, s.value().applyAsInt(p));
            }
        }
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder out = new StringBuilder(2048);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"runbook-governance-trend\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\">");
        out.append("<title>").append(escape(title)).append("</title>");
        // axes, and the top of the scale
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(TOP + plotHeight).append("\" stroke=\"#888\"/>");
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + plotHeight).append("\" x2=\"")
                .append(LEFT + plotWidth).append("\" y2=\"").append(TOP + plotHeight).append("\" stroke=\"#888\"/>");
        text(out, LEFT - 4, TOP + 4, "end", Integer.toString(max));
        text(out, LEFT - 4, TOP + plotHeight, "end", "0");
        if (points.isEmpty()) {
            text(out, LEFT + plotWidth / 2, TOP + plotHeight / 2, "middle", Messages.Trend_NoBuilds());
        }
        for (int i = 0; i < points.size(); i++) {
            if (points.size() <= 10 || i % ((points.size() + 9) / 10) == 0 || i == points.size() - 1) {
                text(out, x(i, points.size(), plotWidth), TOP + plotHeight + 14, "middle", "#" + points.get(i).build());
            }
        }
        for (Series s : series) {
            StringBuilder coordinates = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                int y = TOP + plotHeight - (int) Math.round((double) s.value().applyAsInt(points.get(i)) * plotHeight / max);
                coordinates.append(i == 0 ? "" : " ").append(x(i, points.size(), plotWidth)).append(',').append(y);
            }
            if (points.size() == 1) {
                String[] xy = coordinates.toString().split(",");
                out.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1]).append("\" r=\"3\" fill=\"")
                        .append(escape(s.colour())).append("\"/>");
            } else if (!points.isEmpty()) {
                out.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(escape(s.colour()))
                        .append("\" points=\"").append(coordinates).append("\"/>");
            }
        }
        int legendX = LEFT;
        for (Series s : series) {
            out.append("<rect x=\"").append(legendX).append("\" y=\"").append(HEIGHT - 14).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(escape(s.colour())).append("\"/>");
            text(out, legendX + 14, HEIGHT - 5, "start", s.label());
            legendX += 24 + 7 * s.label().length();
        }
        return out.append("</svg>").toString();
    }

    private static int x(int i, int count, int plotWidth) {
        return count <= 1 ? LEFT + plotWidth / 2 : LEFT + (int) Math.round((double) i * plotWidth / (count - 1));
    }

    private static void text(StringBuilder out, int x, int y, String anchor, String text) {
        out.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"11\" text-anchor=\"")
                .append(anchor).append("\" fill=\"currentColor\">").append(escape(text)).append("</text>");
    }

    /** XML escaping for text and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
