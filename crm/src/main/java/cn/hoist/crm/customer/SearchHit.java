package cn.hoist.crm.customer;

import java.util.List;
import java.util.UUID;

/** A customer found by the search box, with the plates of their vehicles; mobile masked. */
public record SearchHit(UUID id, CustomerKind kind, String name, String mobile, List<String> plates) {
}
