package gnode.runtime;

/** The Node version gnode follows ({@code process.version}) and gnode's own ({@code process.versions.gnode}). */
public final class Version {
    public static final String NODE = "v25.2.1";
    public static final String GNODE = "0.1.0";

    private Version() {
    }
}
