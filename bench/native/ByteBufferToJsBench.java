import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.nio.ByteBuffer;

/**
 * Which chunk type is cheaper to hand to GraalJS as `new ArrayBuffer(byteBuffer)`: a heap or a direct ByteBuffer?
 * Measures, per 64 KiB chunk: Java-side creation (allocate + fill from a native read buffer), wrapping in JS, and
 * wrapping plus reading every byte in JS, and wrapping plus slice() (a copy, like Buffer.from). Run from the
 * repository root with bin/gnode's JVM flags and the java-bindings runtime classpath:
 *   mvn -q -o -pl java-bindings dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 *   java -Dn=2000 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED \
 *        -cp "$(cat /tmp/cp.txt):java-bindings/target/classes" bench/native/ByteBufferToJsBench.java
 */
public final class ByteBufferToJsBench {
    public static void main(String[] args) {
        int size = 64 * 1024, n = Integer.getInteger("n", 5_000);
        ByteBuffer source = ByteBuffer.allocateDirect(size);
        try (Context cx = Context.newBuilder("js").allowHostAccess(HostAccess.ALL).build()) {
            Value wrap = cx.eval("js", "(bb) => new Uint8Array(new ArrayBuffer(bb)).length");
            Value sum = cx.eval("js", "(bb) => { const u = new Uint8Array(new ArrayBuffer(bb)); let s = 0; "
                    + "for (let i = 0; i < u.length; i++) s += u[i]; return s; }");
            Value copy = cx.eval("js", "(bb) => new Uint8Array(new ArrayBuffer(bb)).slice().length");
            for (int round = 0; round < 2; round++) {
                for (int direct = 0; direct < 3; direct++) {
                    long t0 = System.nanoTime();
                    for (int i = 0; i < n; i++) make(source, direct, size);
                    long t1 = System.nanoTime();
                    for (int i = 0; i < n; i++) wrap.execute(make(source, direct, size));
                    long t2 = System.nanoTime();
                    for (int i = 0; i < n / 100; i++) sum.execute(make(source, direct, size));
                    long t3 = System.nanoTime();
                    for (int i = 0; i < n; i++) copy.execute(make(source, direct, size));
                    long t4 = System.nanoTime();
                    if (round >= 1) {
                        System.out.printf("%-7s create %.2f us, create+wrap %.2f us, create+wrap+read 64K %.1f us, create+wrap+slice %.2f us%n",
                                new String[] {"heap", "direct", "segment"}[direct], (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, (t3 - t2) / 1e3 / (n / 100),
                                (t4 - t3) / 1e3 / n);
                    }
                }
            }
        }
    }

    /** 0 = heap, 1 = ByteBuffer.allocateDirect, 2 = an automatic-arena MemorySegment viewed as a ByteBuffer. */
    private static ByteBuffer make(ByteBuffer source, int kind, int size) {
        ByteBuffer b = switch (kind) {
            case 0 -> ByteBuffer.allocate(size);
            case 1 -> ByteBuffer.allocateDirect(size);
            default -> java.lang.foreign.Arena.ofAuto().allocate(size).asByteBuffer();
        };
        b.put(source.duplicate());
        return b.flip();
    }
}
