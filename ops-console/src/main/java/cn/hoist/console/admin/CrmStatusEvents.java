package cn.hoist.console.admin;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.hoist.console.fleet.ShopService;
import de.codecentric.boot.admin.server.domain.entities.Instance;
import de.codecentric.boot.admin.server.domain.events.InstanceDeregisteredEvent;
import de.codecentric.boot.admin.server.domain.events.InstanceEvent;
import de.codecentric.boot.admin.server.domain.events.InstanceStatusChangedEvent;
import de.codecentric.boot.admin.server.domain.values.InstanceId;
import de.codecentric.boot.admin.server.eventstore.InstanceEventStore;
import de.codecentric.boot.admin.server.services.InstanceRegistry;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Turns Spring Boot Admin's status changes of CRM instances into {@link CrmInstanceStatusChanged}
 * events. Spring Boot Admin keeps its events in memory (lost on restart); ours go through the event
 * publication registry, each in a transaction of its own, so a listener gets them even after a crash.
 * The console's own registration ({@code program=console}) is left out.
 */
@Component
class CrmStatusEvents implements SmartInitializingSingleton, DisposableBean {

    static final String SHOP_ID = "shop-id";

    private static final Logger log = LoggerFactory.getLogger(CrmStatusEvents.class);

    private final InstanceEventStore instanceEvents;
    private final InstanceRegistry registry;
    private final ShopService shops;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Map<InstanceId, CrmStatus> last = new ConcurrentHashMap<>();
    private Disposable subscription;

    CrmStatusEvents(InstanceEventStore instanceEvents, InstanceRegistry registry, ShopService shops,
            ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.instanceEvents = instanceEvents;
        this.registry = registry;
        this.shops = shops;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        subscription = Flux.from(instanceEvents)
                .concatMap(this::changes)
                // Blocking JDBC does not belong on Spring Boot Admin's threads.
                .publishOn(Schedulers.boundedElastic())
                .subscribe(this::publish, error -> log.error("Stopped following Spring Boot Admin's events", error));
    }

    private Mono<CrmInstanceStatusChanged> changes(InstanceEvent event) {
        if (event instanceof InstanceDeregisteredEvent) {
            last.remove(event.getInstance());
            return Mono.empty();
        }
        if (!(event instanceof InstanceStatusChangedEvent changed)) {
            return Mono.empty();
        }
        CrmStatus to = CrmStatus.of(changed.getStatusInfo().getStatus());
        CrmStatus from = last.put(event.getInstance(), to);
        return registry.getInstance(event.getInstance())
                .filter(instance -> !"console".equals(instance.getRegistration().getMetadata().get("program")))
                .map(instance -> change(instance, from, to, changed))
                .onErrorResume(error -> {
                    log.warn("Could not read Spring Boot Admin instance {}: {}", event.getInstance(), error.toString());
                    return Mono.empty();
                });
    }

    private static CrmInstanceStatusChanged change(Instance instance, CrmStatus from, CrmStatus to,
            InstanceStatusChangedEvent event) {
        return new CrmInstanceStatusChanged(instance.getId().getValue(), instance.getRegistration().getName(),
                shopId(instance), instance.getRegistration().getServiceUrl(), from, to,
                OffsetDateTime.ofInstant(event.getTimestamp(), ZoneOffset.UTC));
    }

    private static UUID shopId(Instance instance) {
        String text = instance.getRegistration().getMetadata().get(SHOP_ID);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void publish(CrmInstanceStatusChanged change) {
        try {
            transactions.executeWithoutResult(tx -> {
                CrmInstanceStatusChanged checked = change;
                if (change.shopId() != null && !shops.exists(change.shopId())) {
                    log.warn("CRM instance {} says it belongs to shop {}, which does not exist", change.instanceId(),
                            change.shopId());
                    checked = new CrmInstanceStatusChanged(change.instanceId(), change.name(), null,
                            change.serviceUrl(), change.from(), change.to(), change.at());
                }
                events.publishEvent(checked);
            });
        } catch (RuntimeException e) {
            // Keep following: one failed publication (the database away) must not end the subscription.
            log.warn("Could not publish the status change of CRM instance {} to {}: {}", change.instanceId(),
                    change.to(), e.toString());
        }
    }

    @Override
    public void destroy() {
        if (subscription != null) {
            subscription.dispose();
        }
    }
}
