/**
 * The options every command shares, as picocli mixins (output, rejects, progress, the input
 * files, the as-of date) and the converters that read option values the same way everywhere: a
 * value that cannot be read is wrong usage (exit 2) with a message naming the option and the
 * value, never a Java exception's name.
 */
package io.credere.cli.options;
