/*
 * gnode's process.execPath: a real executable, so that the argv[0] a parent chose (spawn's argv0) survives
 * (a #! script loses it) and so that a copy of it still starts gnode. It hands its own path and argv[0] to
 * bin/gnode, whose location is compiled in, and lets that script start the JVM.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef GNODE_SCRIPT
#error "build with -DGNODE_SCRIPT=\"/path/to/bin/gnode\""
#endif

int main(int argc, char **argv) {
    char self[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        self[n] = '\0';
        setenv("GNODE_EXEC_PATH", self, 1);
    }
    setenv("GNODE_ARGV0", argc > 0 ? argv[0] : "gnode", 1);
    char **args = calloc((size_t) argc + 2, sizeof *args);
    if (args == NULL) {
        perror("gnode");
        return 70;
    }
    args[0] = "bash";
    args[1] = GNODE_SCRIPT;
    for (int i = 1; i < argc; i++) {
        args[i + 1] = argv[i];
    }
    execv("/bin/bash", args);
    perror("gnode: cannot run /bin/bash");
    return 70;
}
