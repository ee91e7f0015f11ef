package gnode.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Node's command line: {@code [options] [script | - ] [args]}, with NODE_OPTIONS read first. Produces what
 * to run and the option values; rejects what node rejects with node's message and exit code 9.
 */
final class CommandLine {
    /** A command line node refuses; {@code message} is printed after "&lt;argv0&gt;: ". */
    static final class BadOption extends Exception {
        BadOption(String message) {
            super(message, null, false, false);
        }
    }

    final Map<String, Object> flags = new LinkedHashMap<>();
    final List<String> execArgv = new ArrayList<>();
    final List<String> requires = new ArrayList<>();
    final List<String> imports = new ArrayList<>();
    String mainKind = "stdin";
    String main;
    final List<String> args = new ArrayList<>();

    static CommandLine parse(List<String> argv, String nodeOptions) throws BadOption {
        CommandLine cl = new CommandLine();
        if (nodeOptions != null && !nodeOptions.isBlank()) {
            cl.parseOptions(splitNodeOptions(nodeOptions), true);
        }
        int next = cl.parseOptions(argv, false);
        if (cl.mainKind.equals("eval") || cl.mainKind.equals("print")) {
            cl.args.addAll(argv.subList(next, argv.size()));
        } else if (next < argv.size()) {
            String script = argv.get(next);
            if (script.equals("-")) {
                cl.mainKind = "stdin";
                cl.args.add("-");
            } else {
                cl.mainKind = "file";
                cl.main = script;
            }
            cl.args.addAll(argv.subList(next + 1, argv.size()));
        }
        return cl;
    }

    /** Parses leading options; returns the index of the first argument that is not one. */
    private int parseOptions(List<String> argv, boolean fromEnv) throws BadOption {
        int i = 0;
        while (i < argv.size()) {
            String arg = argv.get(i);
            if (arg.equals("--")) {
                if (!fromEnv) {
                    execArgv.add(arg);
                }
                return i + 1;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                return i;
            }
            String body = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
            String value = null;
            int eq = body.indexOf('=');
            if (eq >= 0) {
                value = body.substring(eq + 1);
                body = body.substring(0, eq);
            }
            NodeOption option = NodeOption.lookup(body);
            if (option == null) {
                throw new BadOption(fromEnv ? arg + " is not allowed in NODE_OPTIONS" : "bad option: " + arg);
            }
            if (fromEnv && !option.inNodeOptions()) {
                throw new BadOption(arg + " is not allowed in NODE_OPTIONS");
            }
            int consumed = 1;
            if (option.takesValue() && value == null) {
                if (i + 1 >= argv.size()) {
                    throw new BadOption(arg + " requires an argument");
                }
                value = argv.get(i + 1);
                consumed = 2;
            }
            if (!fromEnv) {
                execArgv.addAll(argv.subList(i, i + consumed));
            }
            apply(option, value);
            i += consumed;
        }
        return i;
    }

    private void apply(NodeOption option, String value) {
        switch (option.name()) {
            case "eval" -> {
                mainKind = "eval";
                main = value;
            }
            case "print" -> {
                mainKind = "print";
                main = value;
            }
            case "require" -> requires.add(value);
            case "import" -> imports.add(value);
            default -> flags.put(option.name(), value == null ? Boolean.TRUE : value);
        }
    }

    /** Splits NODE_OPTIONS on spaces, honouring double quotes and backslash escapes inside them, as node does. */
    static List<String> splitNodeOptions(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes && c == '\\' && i + 1 < text.length()) {
                current.append(text.charAt(++i));
            } else if (c == '"') {
                inQuotes = !inQuotes;
                any = true;
            } else if (c == ' ' && !inQuotes) {
                if (any) {
                    out.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(c);
                any = true;
            }
        }
        if (any) {
            out.add(current.toString());
        }
        return out;
    }
}
