package gnode.compat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** CommonJS loading and resolution (expected output recorded from node). */
class ModuleLoaderTest {
    @Test
    void commonJsResolutionCacheAndPackageExportsFollowNode() {
        ExpectedOutput.check("modules", "main", Map.of());
    }
}
