package cn.hoist.console.monitoring.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.hoist.console.monitoring.MonitoringProperties;
import cn.hoist.platform.Timestamps;

/**
 * Deletes check results and events past their retention, a batch per transaction, so that pruning
 * a large backlog never holds locks or a transaction long enough to slow ingest down.
 */
@Component
public class HistoryPruner {

    private static final Logger log = LoggerFactory.getLogger(HistoryPruner.class);

    private final CheckHistoryRepository history;
    private final EventRepository events;
    private final MonitoringProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HistoryPruner(CheckHistoryRepository history, EventRepository events, MonitoringProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.history = history;
        this.events = events;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hoist.console.monitoring.prune-interval:10m}", initialDelayString = "1m")
    public void prune() {
        OffsetDateTime now = Timestamps.now(clock);
        int batch = properties.pruneBatchSize();
        long results = deleteAll(() -> history.prune(now.minus(properties.historyRetention()), batch));
        long removedEvents = deleteAll(() -> events.prune(now.minus(properties.eventRetention()), batch));
        if (results + removedEvents > 0) {
            log.info("Pruned {} check results older than {} and {} events older than {}", results,
                    properties.historyRetention(), removedEvents, properties.eventRetention());
        }
    }

    private long deleteAll(IntSupplier deleteBatch) {
        long total = 0;
        int deleted;
        do {
            deleted = transactions.execute(tx -> deleteBatch.getAsInt());
            total += deleted;
        } while (deleted >= properties.pruneBatchSize());
        return total;
    }
}
