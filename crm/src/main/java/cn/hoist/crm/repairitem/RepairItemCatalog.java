package cn.hoist.crm.repairitem;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.crm.repairitem.internal.RepairItemRepository;
import cn.hoist.platform.web.ProblemException;

/** Looks repair items up for appointments, work orders and pages. */
@Service
public class RepairItemCatalog {

    private final RepairItemRepository items;

    RepairItemCatalog(RepairItemRepository items) {
        this.items = items;
    }

    @Transactional(readOnly = true)
    public Optional<RepairItem> find(String code) {
        return code == null ? Optional.empty() : items.find(code);
    }

    /** The item, or a 400 problem naming the unknown code (a caller's input, not a missing page). */
    @Transactional(readOnly = true)
    public RepairItem require(String code) {
        return find(code).orElseThrow(() -> ProblemException.invalid("repairItem.unknown", code));
    }

    /** Active items, optionally of one category, by category and code. */
    @Transactional(readOnly = true)
    public List<RepairItem> list(Category category) {
        return items.list(category);
    }

    /** Active items whose code or name (Chinese or English) contains the text, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<RepairItem> search(String text, int limit) {
        return items.search(text.strip(), limit);
    }
}
