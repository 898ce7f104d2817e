package cn.hoist.agent.config;

/**
 * One thing wrong with a configuration file.
 *
 * @param line    1-based line, 0 when it concerns the whole file
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong, for the person editing the file (never a secret's value)
 */
public record ConfigProblem(int line, int column, String message) {

    /** {@code FILE:LINE: message}, as compilers print it, so editors can jump to it. */
    public String format(String file) {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
