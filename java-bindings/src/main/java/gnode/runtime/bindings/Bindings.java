package gnode.runtime.bindings;

import gnode.runtime.GnodeRuntime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The one object the JS bootstrap receives: {@code internalBinding(name)} in js-lib is {@link #get}. Bindings are
 * created on first use so the start path pays only for what the program touches.
 */
public final class Bindings {
    private final GnodeRuntime runtime;
    private final IntConsumer exitHook;
    private final Map<String, Object> created = new HashMap<>();
    private final Map<String, Function<Bindings, Object>> factories = Map.of(
            "loop", b -> new LoopBinding(b.runtime.loop()),
            "process", b -> new ProcessBinding(b.runtime, b.exitHook),
            "modules", b -> new ModulesBinding(b.runtime),
            "stdio", b -> new StdioBinding(b.runtime),
            "process_wrap", b -> new ProcessWrapBinding(b.runtime),
            "fs", b -> new FsBinding(b.runtime),
            "pipe_wrap", b -> new PipeWrapBinding(b.runtime),
            "signals", b -> new SignalsBinding(b.runtime),
            "buffer", b -> new BufferBinding(),
            "util", b -> new UtilBinding(b.runtime));

    public Bindings(GnodeRuntime runtime, IntConsumer exitHook) {
        this.runtime = runtime;
        this.exitHook = exitHook;
    }

    /** The binding named {@code name}, or null when there is none (JS reports that as an internal error). */
    public Object get(String name) {
        Object binding = created.get(name);
        if (binding == null) {
            Function<Bindings, Object> factory = factories.get(name);
            if (factory == null) {
                return null;
            }
            binding = factory.apply(this);
            created.put(name, binding);
        }
        return binding;
    }

    public void close() {
        for (Object binding : created.values()) {
            if (binding instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // Closing at exit: nothing left to tell.
                }
            }
        }
    }
}
