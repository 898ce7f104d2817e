package cn.hoist.crm.customer;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.hoist.crm.customer.internal.MergeRepository;

/** A customer in a merge, on either side, stays: the merge keeps what it needs to be undone and shows both names. */
@Component
class MergeReferences implements CustomerReferences {

    private final MergeRepository merges;

    MergeReferences(MergeRepository merges) {
        this.merges = merges;
    }

    @Override
    public List<Blocking> blocking(UUID customerId) {
        int count = merges.involving(customerId).size();
        return count == 0 ? List.of() : List.of(new Blocking("customer.references.merges", count));
    }
}
