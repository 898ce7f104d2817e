package cn.hoist.console.incident;

/** How bad a signal is, on one scale for every source. */
public enum SignalLevel {
    /** All is well again: a recovery. */
    OK,
    /** Worth knowing, no problem. */
    INFO,
    WARNING,
    CRITICAL;

    /** Whether this level is a problem an incident could be about. */
    public boolean problem() {
        return this == WARNING || this == CRITICAL;
    }
}
