package cn.hoist.console.fleet.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.console.fleet.NewShop;
import cn.hoist.console.fleet.Shop;

/** Shops in the {@code shop} table. */
@Repository
public class ShopRepository {

    private final JdbcClient jdbc;

    public ShopRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Shop insert(NewShop shop, OffsetDateTime now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into shop (id, name, chain, address, contact, phone, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, shop.name(), shop.chain(), shop.address(), shop.contact(), shop.phone(), now)
                .update();
        return new Shop(id, shop.name(), shop.chain(), shop.address(), shop.contact(), shop.phone(), now);
    }

    public boolean nameExists(String name) {
        return jdbc.sql("select count(*) from shop where lower(name) = lower(?)").param(name)
                .query(Long.class).single() > 0;
    }

    public Optional<Shop> find(UUID id) {
        return jdbc.sql("select * from shop where id = ?").param(id).query(ShopRepository::map).optional();
    }

    public List<Shop> page(int page, int size) {
        return jdbc.sql("select * from shop order by name, id limit ? offset ?")
                .params(size, (long) page * size)
                .query(ShopRepository::map).list();
    }

    /** Every shop, by name: for views that sort and filter the whole fleet (thousands of rows at most). */
    public List<Shop> all() {
        return jdbc.sql("select * from shop order by name, id").query(ShopRepository::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from shop").query(Long.class).single();
    }

    static Shop map(ResultSet rs, int row) throws SQLException {
        return new Shop(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("chain"),
                rs.getString("address"), rs.getString("contact"), rs.getString("phone"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
