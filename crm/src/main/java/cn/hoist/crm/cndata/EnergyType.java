package cn.hoist.crm.cndata;

/** How a vehicle is powered, as far as a repair shop cares (high-voltage work needs certified staff). */
public enum EnergyType {
    FUEL, HYBRID, NEV
}
