package cn.hoist.console.incident;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.console.fleet.ShopService;
import cn.hoist.console.incident.internal.SignalRepository;
import cn.hoist.platform.web.Page;
import cn.hoist.platform.web.ProblemException;

/** Reads the journal of incoming signals, per shop. */
@Service
public class IncomingSignals {

    private final SignalRepository signals;
    private final ShopService shops;

    IncomingSignals(SignalRepository signals, ShopService shops) {
        this.signals = signals;
        this.shops = shops;
    }

    /** A page of the shop's signals, newest first; {@code source} filters when not null. */
    @Transactional(readOnly = true)
    public Page<Signal> forShop(UUID shopId, SignalSource source, int page, int size) {
        if (!shops.exists(shopId)) {
            throw ProblemException.notFound("shop.notFound", shopId);
        }
        return new Page<>(signals.page(shopId, source, page, size), page, size, signals.count(shopId, source));
    }
}
