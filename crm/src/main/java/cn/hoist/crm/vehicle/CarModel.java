package cn.hoist.crm.vehicle;

import cn.hoist.crm.cndata.EnergyType;

/** A model in the library, with its make. */
public record CarModel(int id, int makeId, String makeZh, String makeEn, String name, EnergyType energy,
        int yearFrom, Integer yearTo) {
}
