package cn.hoist.crm.vehicle;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything known about one vehicle: plates over time, odometer readings, its customers. */
public record VehicleDetails(Vehicle vehicle, List<PlateAssignment> plates, List<OdometerReading> readings,
        List<VehicleLink> links) {

    /**
     * Average kilometres per day between the first and the latest reading, for predicting when the
     * next service is due; empty with fewer than two readings at least a week apart.
     */
    public Optional<Integer> dailyKm() {
        if (readings.size() < 2) {
            return Optional.empty();
        }
        OdometerReading first = readings.stream().min(Comparator.comparing(OdometerReading::readOn)).orElseThrow();
        OdometerReading last = readings.stream().max(Comparator.comparing(OdometerReading::readOn)).orElseThrow();
        long days = ChronoUnit.DAYS.between(first.readOn(), last.readOn());
        if (days < 7 || last.km() < first.km()) {
            return Optional.empty();
        }
        return Optional.of((int) Math.round((last.km() - first.km()) / (double) days));
    }
}
