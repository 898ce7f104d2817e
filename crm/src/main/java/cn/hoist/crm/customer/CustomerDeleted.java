package cn.hoist.crm.customer;

import java.util.UUID;

/**
 * A customer was deleted (their personal data is gone). The delete was refused while any module held a blocking
 * reference ({@link CustomerReferences}); a module keeping other data by customer id removes or anonymises it here.
 */
public record CustomerDeleted(UUID customerId) {
}
