package gnode.runtime.bindings;

import gnode.runtime.EventLoop;

/**
 * Whether one handle keeps the loop alive: it does while it is active (a running child, a reading stream) and
 * ref'ed, like a libuv handle. JS thread only.
 */
final class LoopRef {
    private final EventLoop loop;
    private boolean refed = true;
    private boolean active;
    private boolean counted;

    LoopRef(EventLoop loop) {
        this.loop = loop;
    }

    void setActive(boolean on) {
        active = on;
        update();
    }

    void ref() {
        refed = true;
        update();
    }

    void unref() {
        refed = false;
        update();
    }

    boolean hasRef() {
        return refed;
    }

    private void update() {
        boolean want = refed && active;
        if (want != counted) {
            counted = want;
            if (want) {
                loop.ref();
            } else {
                loop.unref();
            }
        }
    }
}
