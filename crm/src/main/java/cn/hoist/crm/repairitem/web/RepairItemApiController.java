package cn.hoist.crm.repairitem.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.hoist.crm.repairitem.Category;
import cn.hoist.crm.repairitem.RepairItem;
import cn.hoist.crm.repairitem.RepairItemCatalog;
import cn.hoist.platform.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/repair-items}: the repair-item catalogue. */
@RestController
@RequestMapping("/api/repair-items")
@Tag(name = "Repair items")
class RepairItemApiController {

    private final RepairItemCatalog catalog;

    RepairItemApiController(RepairItemCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "List or search the active repair items",
            description = "q: part of the code or of the Chinese or English name; category: one category.")
    List<RepairItem> list(@RequestParam(required = false) @Size(max = 40) String q,
            @RequestParam(required = false) Category category,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        if (q != null && !q.isBlank()) {
            return catalog.search(q, limit).stream()
                    .filter(item -> category == null || item.category() == category).toList();
        }
        return catalog.list(category).stream().limit(limit).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One repair item by its code")
    RepairItem get(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,32}") String code) {
        return catalog.find(code).orElseThrow(() -> ProblemException.notFound("repairItem.notFound", code));
    }
}
