package cn.hoist.console.monitoring;

import java.util.Arrays;

/** The outcome of a check, as the protocol names it, ranked so that the worst sorts first. */
public enum CheckStatus {
    OK(0),
    /** The check could not tell (e.g. a value missing from the device's answer). */
    UNKNOWN(1),
    WARNING(2),
    CRITICAL(3),
    /** The device did not answer at all: everything else about it is unknown. */
    UNREACHABLE(4);

    private final int rank;

    CheckStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** The status of a rank; null for a rank below OK (a device without results yet). */
    public static CheckStatus ofRank(int rank) {
        return Arrays.stream(values()).filter(s -> s.rank == rank).findFirst().orElse(null);
    }
}
