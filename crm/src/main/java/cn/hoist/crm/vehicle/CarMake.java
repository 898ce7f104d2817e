package cn.hoist.crm.vehicle;

/** A make in the model library. */
public record CarMake(int id, String nameZh, String nameEn, String country) {
}
