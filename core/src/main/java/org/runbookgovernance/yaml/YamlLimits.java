package org.runbookgovernance.yaml;

/** Bounds every YAML read: a billion-laughs file or a deep nest fails fast with a clear message. */
public record YamlLimits(int maxAliases, int maxDepth, int maxCodePoints) {

    /** Front matter and config: small documents. */
    public static final YamlLimits SMALL = new YamlLimits(50, 64, 1 << 20);

    /** Generated rule files: large but plain. */
    public static final YamlLimits LARGE = new YamlLimits(100, 128, 256 << 20);
}
