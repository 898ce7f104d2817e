package cn.hoist.crm.customer;

import java.util.List;

/**
 * How a customer in the CRM compares with another record of the same person (an import row): the
 * fields the CRM has empty and the record has ({@code missing}, which {@link CustomerService#complete}
 * fills in), and the fields both have with different values ({@code differences}, where the CRM
 * keeps its own). Fields are named as in {@link CustomerForm}.
 */
public record Completion(List<String> missing, List<Difference> differences) {

    /** A field where the CRM keeps {@code kept} and the other record has {@code offered}; personal data masked. */
    public record Difference(String field, Object kept, Object offered) {
    }
}
