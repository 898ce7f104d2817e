package cn.hoist.snmpsim;

import java.util.List;

/** Who may read a simulated device: a v1/v2c community (empty = none) and SNMPv3 users. */
public record Access(String community, List<V3User> users) {

    public Access {
        community = community == null ? "" : community;
        users = List.copyOf(users);
    }

    public static Access community(String community) {
        return new Access(community, List.of());
    }

    public Access withUser(V3User user) {
        List<V3User> all = new java.util.ArrayList<>(users);
        all.add(user);
        return new Access(community, all);
    }

    V3User user(String name) {
        return users.stream().filter(u -> u.name().equals(name)).findFirst().orElse(null);
    }
}
