package cn.hoist.crm.vehicle;

import java.net.URI;

/** The vehicle module's own problem types (see docs/api-errors.md). */
public final class ProblemTypes {

    /** Another vehicle already has this VIN; {@code vehicleId} names it. */
    public static final URI DUPLICATE_VIN = cn.hoist.platform.web.ProblemTypes.of("duplicate-vin");
    /** The plate is on another vehicle; {@code vehicleId} names it. */
    public static final URI PLATE_IN_USE = cn.hoist.platform.web.ProblemTypes.of("plate-in-use");

    private ProblemTypes() {
    }
}
