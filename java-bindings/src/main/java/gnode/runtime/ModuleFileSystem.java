package gnode.runtime;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The file system GraalJS's ES module loader reads through, and gnode's hook into it.
 *
 * <p>GraalJS resolves './x' and '../x' itself against the importing file. For anything else it asks this file
 * system: a bare specifier ('pkg', 'fs', '#x') arrives as {@code parsePath(specifier)} right after
 * {@code parsePath(<importing file>)}, a 'node:x' URL as {@code parsePath(URI)}. Those are resolved by Node's
 * rules in JS ({@link EsmHost}). Every module's text is then read through {@link #newByteChannel}, where JS
 * decides what GraalJS parses: the file, the file with {@code import.meta} completed, or a generated facade
 * (built-ins, CommonJS, errors). Until a program uses ES modules no host is installed and this is the plain
 * default file system.
 */
final class ModuleFileSystem implements FileSystem {
    private static final boolean TRACE = System.getenv("GNODE_ESM_TRACE") != null;

    private final FileSystem delegate = FileSystem.newDefaultFileSystem();
    /** The last absolute path parsed: the importing module, when a bare specifier follows. */
    private String referrer;
    /**
     * Whether the previous call was that parse. GraalJS parses the importing module's path right before a bare
     * specifier; code without a path (-e, the REPL-less stdin script) has no such call, and then the specifier
     * (bare or relative) resolves from the working directory, as in Node.
     */
    private boolean referrerFresh;
    /** Module text served per path: GraalJS may ask for attributes and bytes separately. */
    private final Map<String, byte[]> served = new HashMap<>();

    @Override
    public Path parsePath(URI uri) {
        EsmHost host = EsmHost.current();
        if (TRACE) {
            System.err.println("esm-fs parsePath(URI " + uri + ")");
        }
        boolean fresh = referrerFresh;
        referrerFresh = false;
        if (host != null && !"file".equals(uri.getScheme())) {
            return Path.of(host.resolve(uri.toString(), fresh ? referrer : null));
        }
        return delegate.parsePath(uri);
    }

    @Override
    public Path parsePath(String path) {
        EsmHost host = EsmHost.current();
        if (TRACE) {
            System.err.println("esm-fs parsePath(" + path + ")");
        }
        boolean fresh = referrerFresh;
        referrerFresh = false;
        if (host != null) {
            if (path.startsWith("/")) {
                referrer = path;
                referrerFresh = true;
            } else if (EsmPaths.isBare(path)) {
                return Path.of(host.resolve(path, fresh ? referrer : null));
            } else if (!fresh && (path.startsWith("./") || path.startsWith("../"))) {
                return Path.of(host.resolve(path, null));
            }
        }
        return delegate.parsePath(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        referrerFresh = false;
        if (TRACE) {
            System.err.println("esm-fs checkAccess(" + path + ")");
        }
        if (EsmPaths.isVirtual(path.toString())) {
            return;
        }
        delegate.checkAccess(path, modes, linkOptions);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        delegate.createDirectory(dir, attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
        delegate.delete(path);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        referrerFresh = false;
        if (TRACE) {
            System.err.println("esm-fs newByteChannel(" + path + ")");
        }
        byte[] text = servedText(path);
        if (text != null) {
            return new EsmSourceChannel(text);
        }
        return delegate.newByteChannel(path, options, attrs);
    }

    /** What JS serves for a module path, or null without an ES module host. */
    private byte[] servedText(Path path) {
        EsmHost host = EsmHost.current();
        if (host == null) {
            return null;
        }
        String key = path.normalize().toString();
        byte[] text = served.get(key);
        if (text == null) {
            text = host.load(key, referrer).getBytes(StandardCharsets.UTF_8);
            served.put(key, text);
        }
        return text;
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        return delegate.newDirectoryStream(dir, filter);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return delegate.toAbsolutePath(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        referrerFresh = false;
        if (TRACE) {
            System.err.println("esm-fs toRealPath(" + path + ")");
        }
        if (EsmPaths.isVirtual(path.toString())) {
            return path;
        }
        return delegate.toRealPath(path, linkOptions);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        referrerFresh = false;
        if (TRACE) {
            System.err.println("esm-fs readAttributes(" + path + ", " + attributes + ")");
        }
        if (EsmPaths.isVirtual(path.toString())) {
            return virtualAttributes(servedText(path));
        }
        return delegate.readAttributes(path, attributes, options);
    }

    private static Map<String, Object> virtualAttributes(byte[] text) {
        FileTime epoch = FileTime.fromMillis(0);
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("size", text == null ? 0L : (long) text.length);
        attrs.put("isRegularFile", true);
        attrs.put("isDirectory", false);
        attrs.put("isSymbolicLink", false);
        attrs.put("isOther", false);
        attrs.put("lastModifiedTime", epoch);
        attrs.put("lastAccessTime", epoch);
        attrs.put("creationTime", epoch);
        attrs.put("fileKey", null);
        return attrs;
    }

    @Override
    public String getMimeType(Path path) {
        EsmHost host = EsmHost.current();
        if (host == null) {
            return null;
        }
        return host.mimeType(path.normalize().toString(), referrer);
    }
}
