package cn.hoist.crm.vehicle;

import java.time.LocalDate;

/** A date by which something must be done for a car: its annual inspection, or renewing its insurance. */
public record DueDate(Vehicle vehicle, What what, LocalDate date) {

    public enum What {
        INSPECTION, INSURANCE
    }
}
