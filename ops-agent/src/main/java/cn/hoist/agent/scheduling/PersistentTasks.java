package cn.hoist.agent.scheduling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link PersistentTask} beans of the agent by key; two with one key is a programming error. */
final class PersistentTasks {

    private final Map<String, PersistentTask> byKey = new HashMap<>();

    PersistentTasks(List<PersistentTask> tasks) {
        for (PersistentTask task : tasks) {
            PersistentTask other = byKey.putIfAbsent(task.key(), task);
            if (other != null) {
                throw new IllegalStateException("two persistent tasks have the key " + task.key() + ": "
                        + other.getClass().getName() + " and " + task.getClass().getName());
            }
        }
    }

    Optional<PersistentTask> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
