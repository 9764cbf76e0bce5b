package org.schooljournal.oversight.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code <p:chart>} (R-C09), written with JSON-P:
 * PrimeFaces 15 takes the chart's JSON as its value, and no Chart.js model library is among the
 * project's dependencies. Colours are fixed per series (5 green … 2 red) so every chart reads the
 * same.
 */
final class ChartConfigs {
    static final String GREEN = "#2e7d32";
    static final String BLUE = "#1565c0";
    static final String AMBER = "#f9a825";
    static final String RED = "#c62828";

    private ChartConfigs() {}

    /** A series: its label, colour, values (null: no value), and chart type for a mixed chart. */
    record Series(
            String label, String colour, List<? extends Number> values, String type, String axis) {
        static Series bar(String label, String colour, List<? extends Number> values) {
            return new Series(label, colour, values, null, null);
        }
    }

    /** Bars (stacked or side by side) with an optional line on a right-hand axis. */
    static String bars(
            List<String> labels,
            List<Series> series,
            boolean stacked,
            String yTitle,
            String rightTitle,
            Number yMax) {
        JsonObjectBuilder scales = Json.createObjectBuilder();
        scales.add("x", Json.createObjectBuilder().add("stacked", stacked));
        JsonObjectBuilder y =
                Json.createObjectBuilder()
                        .add("stacked", stacked)
                        .add("beginAtZero", true)
                        .add("title", title(yTitle));
        if (yMax != null) {
            y.add("max", yMax.doubleValue());
        }
        scales.add("y", y);
        if (rightTitle != null) {
            scales.add(
                    "y1",
                    Json.createObjectBuilder()
                            .add("position", "right")
                            .add("min", 1)
                            .add("max", 5)
                            .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                            .add("title", title(rightTitle)));
        }
        return config("bar", labels, series, scales);
    }

    /** A line chart of per-cent values (0 to the data's maximum). */
    static String line(List<String> labels, List<Series> series, String yTitle) {
        JsonObjectBuilder scales =
                Json.createObjectBuilder()
                        .add(
                                "y",
                                Json.createObjectBuilder()
                                        .add("beginAtZero", true)
                                        .add("title", title(yTitle)));
        return config("line", labels, series, scales);
    }

    private static String config(
            String type, List<String> labels, List<Series> series, JsonObjectBuilder scales) {
        JsonArrayBuilder ls = Json.createArrayBuilder();
        labels.forEach(ls::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Number n : s.values()) {
                if (n == null) {
                    data.addNull();
                } else if (n instanceof BigDecimal d) {
                    data.add(d);
                } else {
                    data.add(n.longValue());
                }
            }
            JsonObjectBuilder d =
                    Json.createObjectBuilder()
                            .add("label", s.label())
                            .add("data", data)
                            .add("backgroundColor", s.colour())
                            .add("borderColor", s.colour());
            if (s.type() != null) {
                d.add("type", s.type()).add("fill", false).add("tension", 0.2);
            }
            if (s.axis() != null) {
                d.add("yAxisID", s.axis());
            }
            if ("line".equals(type) || "line".equals(s.type())) {
                d.add("spanGaps", true);
            }
            datasets.add(d);
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", ls).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add("scales", scales))
                .build()
                .toString();
    }

    private static JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder()
                .add("display", text != null)
                .add("text", text == null ? "" : text);
    }
}
