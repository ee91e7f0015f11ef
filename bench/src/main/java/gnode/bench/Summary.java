package gnode.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the raw rows written by {@code bench/run} into the Markdown table: per case and runtime the median with
 * min–max, and per other runtime its ratio to the baseline (node when present), oriented so that >1 means better.
 * Runs as a single-file program ({@code java Summary.java DIR}) so that the runner needs neither a build nor node.
 */
public final class Summary {
    /** One measured row of the table: a case's main value or one of its secondary metrics. */
    record RowKey(String caseFile, String metric) {
    }

    /** The values one runtime produced for one row. */
    static final class Cell {
        final List<Double> values = new ArrayList<>();
        int failed;
    }

    static final class Row {
        String title;
        String unit = "";
        final Map<String, Cell> cells = new LinkedHashMap<>();

        Cell cell(String runtime) {
            return cells.computeIfAbsent(runtime, r -> new Cell());
        }
    }

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java Summary.java RESULTS_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        System.out.print(render(
                Files.readAllLines(dir.resolve("raw.tsv")),
                readIfExists(dir.resolve("runtimes.tsv")),
                readIfExists(dir.resolve("meta.tsv"))));
    }

    private static List<String> readIfExists(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    /**
     * Renders the table. {@code raw}: rows "runtime, repetition, case file, status, JSON line" (tab-separated);
     * {@code runtimes}: "runtime, label, command, version"; {@code meta}: "meta, key, text".
     */
    static String render(List<String> raw, List<String> runtimes, List<String> meta) {
        List<String> labels = new ArrayList<>();
        Map<String, String> versions = new LinkedHashMap<>();
        for (String line : runtimes) {
            String[] f = line.split("\t", -1);
            if (f.length >= 4 && f[0].equals("runtime")) {
                labels.add(f[1]);
                versions.put(f[1], f[3] + " (`" + f[2] + "`)");
            }
        }
        Map<RowKey, Row> rows = collect(raw, labels);
        String baseline = labels.contains("node") ? "node" : labels.isEmpty() ? "" : labels.get(0);

        StringBuilder out = new StringBuilder();
        Map<String, String> metaByKey = new LinkedHashMap<>();
        for (String line : meta) {
            String[] f = line.split("\t", 3);
            if (f.length == 3 && f[0].equals("meta")) {
                metaByKey.put(f[1], f[2]);
            }
        }
        if (metaByKey.containsKey("command")) {
            out.append("`").append(metaByKey.get("command")).append("`");
            if (metaByKey.containsKey("started")) {
                out.append(", ").append(metaByKey.get("started"));
            }
            out.append("\n\n");
        }

        out.append("| case | unit |");
        for (String label : labels) {
            out.append(' ').append(label).append(" |");
        }
        List<String> others = labels.stream().filter(l -> !l.equals(baseline)).toList();
        for (String label : others) {
            out.append(' ').append(label).append(" vs ").append(baseline).append(" |");
        }
        out.append("\n|---|---|");
        out.append("---:|".repeat(labels.size() + others.size()));
        out.append('\n');
        for (Row row : rows.values()) {
            out.append("| ").append(row.title).append(" | ").append(row.unit).append(" |");
            for (String label : labels) {
                out.append(' ').append(cellText(row.cells.get(label))).append(" |");
            }
            for (String label : others) {
                out.append(' ').append(ratioText(row, label, baseline)).append(" |");
            }
            out.append('\n');
        }

        out.append('\n');
        out.append("Median (min–max) of the successful runs.");
        if (!others.isEmpty()) {
            out.append(" Ratio columns: how many times better than ").append(baseline)
                    .append(" (>1 = better; rates are divided, times inverted).");
        }
        out.append('\n');
        for (Map.Entry<String, String> v : versions.entrySet()) {
            out.append("- ").append(v.getKey()).append(": ").append(v.getValue()).append('\n');
        }
        for (String key : List.of("machine", "load")) {
            if (metaByKey.containsKey(key)) {
                out.append("- ").append(key).append(": ").append(metaByKey.get(key)).append('\n');
            }
        }
        return out.toString();
    }

    /** Groups the raw rows into table rows, in the order cases first appear. */
    static Map<RowKey, Row> collect(List<String> raw, List<String> labels) {
        Map<RowKey, Row> rows = new LinkedHashMap<>();
        for (String line : raw) {
            String[] f = line.split("\t", 5);
            if (f.length < 5) {
                continue;
            }
            String runtime = f[0];
            String caseFile = f[2];
            if (!labels.contains(runtime)) {
                labels.add(runtime);
            }
            Map<String, Object> json = Json.parseObject(f[4]);
            Row main = rows.computeIfAbsent(new RowKey(caseFile, ""), k -> new Row());
            if (!f[3].equals("ok") || !(json.get("value") instanceof Double)) {
                main.cell(runtime).failed++;
                if (main.title == null) {
                    main.title = caseFile;
                }
                continue;
            }
            add(main, runtime, String.valueOf(json.get("case")), json);
            for (Map.Entry<String, Object> field : json.entrySet()) {
                if (field.getValue() instanceof Map<?, ?> sub && sub.get("value") instanceof Double) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> metric = (Map<String, Object>) sub;
                    Row row = rows.computeIfAbsent(new RowKey(caseFile, field.getKey()), k -> new Row());
                    add(row, runtime, json.get("case") + ": " + field.getKey().replace('_', ' '), metric);
                }
            }
        }
        return rows;
    }

    private static void add(Row row, String runtime, String title, Map<String, Object> json) {
        // A failed run may have named the row after its file; a successful one names it properly.
        row.title = title;
        row.unit = String.valueOf(json.getOrDefault("unit", ""));
        row.cell(runtime).values.add((Double) json.get("value"));
    }

    static String cellText(Cell cell) {
        if (cell == null) {
            return "–";
        }
        if (cell.values.isEmpty()) {
            return "failed";
        }
        String text = format(median(cell.values));
        if (cell.values.size() > 1) {
            text += " (" + format(Collections.min(cell.values)) + "–" + format(Collections.max(cell.values)) + ")";
        }
        if (cell.failed > 0) {
            text += ", " + cell.failed + " failed";
        }
        return text;
    }

    static String ratioText(Row row, String runtime, String baseline) {
        Cell mine = row.cells.get(runtime);
        Cell base = row.cells.get(baseline);
        if (mine == null || base == null || mine.values.isEmpty() || base.values.isEmpty()) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f×", ratio(median(mine.values), median(base.values), row.unit));
    }

    /** How many times better {@code value} is than {@code baseline}: >1 means better, whichever way the unit runs. */
    static double ratio(double value, double baseline, String unit) {
        return higherIsBetter(unit) ? value / baseline : baseline / value;
    }

    /** Rates (anything per second) are better higher; times and sizes are better lower. */
    static boolean higherIsBetter(String unit) {
        return unit.endsWith("/s");
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    /** About three significant digits, without exponent notation. */
    static String format(double x) {
        double a = Math.abs(x);
        String pattern = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, x);
    }

    /** Just enough JSON to read the one-line results: objects, arrays, strings, numbers, literals. */
    static final class Json {
        private final String text;
        private int pos;

        private Json(String text) {
            this.text = text;
        }

        static Map<String, Object> parseObject(String text) {
            Json json = new Json(text);
            json.skipSpace();
            if (json.pos >= text.length() || text.charAt(json.pos) != '{') {
                throw new IllegalArgumentException("not a JSON object: " + text);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> value = (Map<String, Object>) json.value();
            return value;
        }

        private Object value() {
            skipSpace();
            char c = text.charAt(pos);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                pos++;
                skipSpace();
                if (peek('}')) {
                    return map;
                }
                do {
                    skipSpace();
                    String key = string();
                    skipSpace();
                    expect(':');
                    map.put(key, value());
                    skipSpace();
                } while (peek(','));
                expect('}');
                return map;
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                pos++;
                skipSpace();
                if (peek(']')) {
                    return list;
                }
                do {
                    list.add(value());
                    skipSpace();
                } while (peek(','));
                expect(']');
                return list;
            }
            if (c == '"') {
                return string();
            }
            for (String literal : List.of("true", "false", "null")) {
                if (text.startsWith(literal, pos)) {
                    pos += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal);
                }
            }
            int start = pos;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("bad JSON at " + pos + ": " + text);
            }
            return Double.parseDouble(text.substring(start, pos));
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> sb.append(e);
                }
            }
        }

        private boolean peek(char c) {
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw new IllegalArgumentException("expected '" + c + "' at " + pos + ": " + text);
            }
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
    }
}
