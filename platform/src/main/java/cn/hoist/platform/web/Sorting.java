package cn.hoist.platform.web;

/**
 * The {@code sort} parameter of list APIs: a field name, descending with a leading minus
 * ({@code sort=name}, {@code sort=-updatedAt}). Which fields exist is the caller's business.
 */
public record Sorting(String field, boolean descending) {

    public static Sorting parse(String sort, String fallback) {
        String value = sort == null || sort.isBlank() ? fallback : sort.strip();
        return value.startsWith("-") ? new Sorting(value.substring(1), true) : new Sorting(value, false);
    }
}
