package cn.hoist.crm.customer;

import java.util.UUID;

/** A customer was deleted (their personal data is gone). */
public record CustomerDeleted(UUID customerId) {
}
