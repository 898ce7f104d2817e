package cn.hoist.crm.vehicle;

/** Where an odometer reading came from; readings at reception are the most trustworthy. */
public enum OdometerSource {
    RECEPTION, INSPECTION, CUSTOMER, IMPORT
}
