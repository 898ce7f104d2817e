package cn.hoist.agent.checks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileStore;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agent's own server: CPU, memory and disks, from the JDK alone (com.sun.management's OperatingSystemMXBean and
 * {@link FileStore}); on Linux, memory in use is total minus MemAvailable, because "free" leaves out the page cache
 * the kernel gives back on demand. Metrics {@code host_cpu_percent}, {@code host_memory_used_percent},
 * {@code host_memory_used_bytes}, {@code host_disk_used_percent}, {@code host_disk_used_bytes},
 * {@code host_disk_size_bytes} (label mount).
 *
 * @param disks the paths whose file systems to watch; empty means every local, non-virtual file system
 */
public record HostCheck(String name, Threshold cpuPercent, Threshold memoryPercent, Threshold diskPercent,
        List<Path> disks) implements Check {

    /** File system types that are not disks: kernel views, memory and container plumbing. */
    private static final Set<String> VIRTUAL = Set.of("proc", "sysfs", "devtmpfs", "tmpfs", "devpts", "cgroup",
            "cgroup2", "securityfs", "pstore", "bpf", "debugfs", "tracefs", "mqueue", "hugetlbfs", "configfs",
            "fusectl", "autofs", "binfmt_misc", "nsfs", "rpc_pipefs", "squashfs", "ramfs", "efivarfs", "overlay",
            "fuse.lxcfs", "nfsd", "selinuxfs");

    public HostCheck {
        disks = List.copyOf(disks);
    }

    @Override
    public CheckOutcome run() {
        CheckOutcome.Builder out = new CheckOutcome.Builder();
        cpu(out);
        memory(out);
        for (Map.Entry<String, FileStore> disk : fileStores().entrySet()) {
            disk(out, disk.getKey(), disk.getValue());
        }
        return out.build();
    }

    private void cpu(CheckOutcome.Builder out) {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            double load = os.getCpuLoad();
            if (load < 0) {
                return;
            }
            double percent = load * 100;
            out.metric("host_cpu_percent", Map.of(), percent, "%");
            level(out, cpuPercent, percent, "CPU " + Numbers.format(percent) + " %");
        }
    }

    private void memory(CheckOutcome.Builder out) {
        long[] totalAndAvailable = Memory.totalAndAvailable();
        if (totalAndAvailable == null || totalAndAvailable[0] <= 0) {
            return;
        }
        long used = totalAndAvailable[0] - totalAndAvailable[1];
        double percent = used * 100.0 / totalAndAvailable[0];
        out.metric("host_memory_used_bytes", Map.of(), used, "bytes")
                .metric("host_memory_used_percent", Map.of(), percent, "%");
        level(out, memoryPercent, percent, "memory " + Numbers.format(percent) + " % used");
    }

    private void disk(CheckOutcome.Builder out, String mount, FileStore store) {
        try {
            long total = store.getTotalSpace();
            if (total <= 0) {
                return;
            }
            long used = total - store.getUsableSpace();
            double percent = used * 100.0 / total;
            Map<String, String> labels = Map.of("mount", mount);
            out.metric("host_disk_size_bytes", labels, total, "bytes").metric("host_disk_used_bytes", labels, used,
                    "bytes").metric("host_disk_used_percent", labels, percent, "%");
            level(out, diskPercent, percent, "disk " + mount + " " + Numbers.format(percent) + " % used");
        } catch (IOException e) {
            out.status(CheckStatus.UNKNOWN, "cannot read disk " + mount + ": " + e.getMessage());
        }
    }

    private static void level(CheckOutcome.Builder out, Threshold threshold, double value, String what) {
        CheckStatus status = threshold == null ? CheckStatus.OK : threshold.status(value);
        if (status != CheckStatus.OK) {
            out.status(status, what + " (" + threshold + ")");
        }
    }

    /** Mount point → file store, one entry per file system. */
    private Map<String, FileStore> fileStores() {
        Map<String, FileStore> stores = new LinkedHashMap<>();
        if (!disks.isEmpty()) {
            for (Path path : disks) {
                try {
                    stores.putIfAbsent(path.toString(), Files.getFileStore(path));
                } catch (IOException e) {
                    stores.remove(path.toString());
                }
            }
            return stores;
        }
        List<String> seen = new ArrayList<>();
        for (FileStore store : FileSystems.getDefault().getFileStores()) {
            if (VIRTUAL.contains(store.type()) || seen.contains(store.name())) {
                continue;
            }
            seen.add(store.name());
            stores.put(mountOf(store), store);
        }
        return stores;
    }

    /** The mount point: FileStore.toString() is "MOUNT (DEVICE)" on Unix and "LABEL (C:)" on Windows. */
    private static String mountOf(FileStore store) {
        String text = store.toString();
        int paren = text.lastIndexOf(" (");
        return paren > 0 ? text.substring(0, paren) : store.name();
    }
}
