package cn.hoist.crm.customer.web;

/** {@code sort=name} or {@code sort=-updatedAt}: a field name, descending with a leading minus. */
record Sorting(String field, boolean descending) {

    static Sorting parse(String sort, String fallback) {
        String value = sort == null || sort.isBlank() ? fallback : sort.strip();
        return value.startsWith("-") ? new Sorting(value.substring(1), true) : new Sorting(value, false);
    }
}
