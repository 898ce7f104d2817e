package cn.hoist.agent.checks;

/**
 * A warning and a critical level. The direction follows from their order, so one record serves both kinds:
 * {@code warning <= critical} means higher is worse (CPU %, latency), {@code warning > critical} means lower is worse
 * (toner %, days until a certificate expires).
 */
public record Threshold(double warning, double critical) {

    public boolean lowerIsWorse() {
        return warning > critical;
    }

    public CheckStatus status(double value) {
        if (lowerIsWorse()) {
            return value <= critical ? CheckStatus.CRITICAL : value <= warning ? CheckStatus.WARNING : CheckStatus.OK;
        }
        return value >= critical ? CheckStatus.CRITICAL : value >= warning ? CheckStatus.WARNING : CheckStatus.OK;
    }

    @Override
    public String toString() {
        return "warning " + Numbers.format(warning) + ", critical " + Numbers.format(critical);
    }
}
