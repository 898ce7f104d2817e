package cn.hoist.agent.checks;

/** A check's verdict, as the protocol names it; declared from best to worst. */
public enum CheckStatus {
    OK, WARNING, CRITICAL, UNKNOWN, UNREACHABLE;

    /** The worse of two verdicts: UNREACHABLE over UNKNOWN over CRITICAL over WARNING over OK. */
    public CheckStatus worse(CheckStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Whether the CLI should exit non-zero. */
    public boolean failed() {
        return this != OK;
    }
}
