package cn.hoist.crm.customer;

import java.util.List;
import java.util.UUID;

/**
 * The delete check's port: each module that refers to customers (vehicle links, and later work orders, bills,
 * memberships) implements it, and {@link CustomerService#delete} asks every implementation before it deletes anyone.
 * This module defines it so that it never has to know the modules that hold its customers' ids.
 */
public interface CustomerReferences {

    /** What in this module still refers to the customer and keeps them from being deleted; empty when nothing does. */
    List<Blocking> blocking(UUID customerId);

    /**
     * References of one kind that block a delete: {@code messageKey} names them in the message bundle with
     * {@code count} as its argument ({@code 该客户仍关联 {0} 辆车，请先解除关联}).
     */
    record Blocking(String messageKey, long count) {
    }
}
