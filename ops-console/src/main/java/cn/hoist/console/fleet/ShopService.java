package cn.hoist.console.fleet;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.console.fleet.internal.AgentRepository;
import cn.hoist.console.fleet.internal.ShopRepository;
import cn.hoist.platform.Timestamps;
import cn.hoist.platform.web.Page;
import cn.hoist.platform.web.ProblemException;

/** Registers shops and lists them with their agents. */
@Service
public class ShopService {

    private final ShopRepository shops;
    private final AgentRepository agents;
    private final Clock clock;

    ShopService(ShopRepository shops, AgentRepository agents, Clock clock) {
        this.shops = shops;
        this.agents = agents;
        this.clock = clock;
    }

    @Transactional
    public Shop create(NewShop shop) {
        if (shops.nameExists(shop.name())) {
            throw ProblemException.conflict("shop.nameTaken", shop.name());
        }
        return shops.insert(shop, Timestamps.now(clock));
    }

    /** Shops and agents per status across the whole fleet. */
    @Transactional(readOnly = true)
    public FleetSummary summary() {
        return new FleetSummary(shops.count(), agents.countByStatus());
    }

    /** Every shop, by name. */
    @Transactional(readOnly = true)
    public List<Shop> all() {
        return shops.all();
    }

    /** Per shop, how many agents are in each status (shops without agents are absent). */
    @Transactional(readOnly = true)
    public Map<UUID, Map<AgentStatus, Long>> agentCounts() {
        return agents.countByShopAndStatus();
    }

    /** Whether a shop with this id exists. */
    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return shops.find(id).isPresent();
    }

    @Transactional(readOnly = true)
    public ShopWithAgents get(UUID id) {
        Shop shop = shops.find(id).orElseThrow(() -> ProblemException.notFound("shop.notFound", id));
        return new ShopWithAgents(shop, agents.forShops(List.of(id)));
    }

    @Transactional(readOnly = true)
    public Page<ShopWithAgents> list(int page, int size) {
        List<Shop> items = shops.page(page, size);
        Map<UUID, List<Agent>> byShop = agents.forShops(items.stream().map(Shop::id).toList()).stream()
                .collect(Collectors.groupingBy(Agent::shopId));
        return new Page<>(items.stream().map(s -> new ShopWithAgents(s, byShop.getOrDefault(s.id(), List.of())))
                .toList(), page, size, shops.count());
    }
}
