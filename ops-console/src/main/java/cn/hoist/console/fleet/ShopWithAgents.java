package cn.hoist.console.fleet;

import java.util.List;

/** A shop and its agents, as listed by the fleet API and pages. */
public record ShopWithAgents(Shop shop, List<Agent> agents) {
}
