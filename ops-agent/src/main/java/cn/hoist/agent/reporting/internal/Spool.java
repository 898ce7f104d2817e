package cn.hoist.agent.reporting.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable, ordered queue of reports on disk. Every record gets the next sequence number and is
 * forced to disk before {@link #append} returns, so nothing acknowledged to the caller is lost by a
 * crash or {@code kill -9}. Records live in append-only segment files named after their first
 * sequence number; a record is {@code [length:int][seq:long][crc32c:int][payload]}. A torn record at
 * the end (power loss mid-write) fails its length or checksum and is cut off at the next open.
 * The highest acknowledged sequence number is kept in {@code acked}, written atomically; segments
 * wholly at or below it are deleted.
 */
public final class Spool implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(Spool.class);
    private static final int HEADER = 4 + 8 + 4;
    static final int MAX_RECORD = 4 * 1024 * 1024;
    private static final String SUFFIX = ".seg";

    /** The folder, beside the spool's segments, where refused reports are kept for a person to look at. */
    public static final String REFUSED = "refused";

    private final Path dir;
    private final long segmentBytes;
    /** First sequence number of each segment → its file. */
    private final TreeMap<Long, Path> segments = new TreeMap<>();
    private FileChannel writer;
    private long lastSeq;
    private long ackedSeq;
    private long unackedBytes;
    private long unackedRecords;
    /** Where the first unacknowledged record is, so reading does not rescan acknowledged ones. */
    private Position readFrom;

    private Spool(Path dir, long segmentBytes) {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
    }

    /** Opens (or creates) the spool in {@code dir}, recovering from a crash where needed. */
    public static Spool open(Path dir, long segmentBytes) {
        Spool spool = new Spool(dir, segmentBytes);
        try {
            Files.createDirectories(dir);
            spool.recover();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the report spool in " + dir, e);
        }
        return spool;
    }

    /** Appends the payloads in order and returns the sequence number of the last one. */
    public synchronized long append(List<byte[]> payloads) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(payloads.stream().mapToInt(p -> HEADER + p.length).sum());
            long seq = lastSeq;
            for (byte[] payload : payloads) {
                if (payload.length > MAX_RECORD) {
                    throw new IllegalArgumentException("A report of " + payload.length + " bytes is over the "
                            + MAX_RECORD + "-byte limit");
                }
                seq++;
                buffer.putInt(payload.length).putLong(seq).putInt(crc(seq, payload)).put(payload);
            }
            if (writer == null || writer.size() >= segmentBytes) {
                startSegment(lastSeq + 1);
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                writer.write(buffer);
            }
            writer.force(false);
            unackedBytes += buffer.limit();
            unackedRecords += payloads.size();
            lastSeq = seq;
            return seq;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the report spool in " + dir, e);
        }
    }

    /** Up to {@code maxRecords} unacknowledged records (and about {@code maxBytes}), oldest first. */
    public synchronized List<Record> peek(int maxRecords, long maxBytes) {
        List<Record> records = new ArrayList<>();
        long bytes = 0;
        Position position = readFrom;
        try {
            while (position != null && records.size() < maxRecords && bytes < maxBytes) {
                try (FileChannel channel = FileChannel.open(segments.get(position.segment()), StandardOpenOption.READ)) {
                    long offset = position.offset();
                    Record record;
                    while (records.size() < maxRecords && bytes < maxBytes && (record = read(channel, offset)) != null) {
                        if (record.seq() > ackedSeq) {
                            records.add(record);
                            bytes += record.payload().length;
                        }
                        offset += record.size();
                    }
                }
                Long next = segments.higherKey(position.segment());
                position = next == null ? null : new Position(next, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report spool in " + dir, e);
        }
        return records;
    }

    /** Marks everything up to {@code seq} delivered; deletes segments no longer needed. */
    public synchronized void ack(long seq) {
        if (seq <= ackedSeq) {
            return;
        }
        long upTo = Math.min(seq, lastSeq);
        try {
            writeAcked(upTo);
            ackedSeq = upTo;
            skipDelivered();
            deleteDeliveredSegments();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record delivery in the report spool in " + dir, e);
        }
    }

    /**
     * Keeps a report the console refused for good in {@code refused/<seq>.json} beside the spool (what the agent
     * sent, and the console's reason on the first line), durably, then marks it delivered so the rest can flow.
     * Returns the file.
     */
    public synchronized Path setAside(Record record, String reason) {
        Path refused = dir.resolve(REFUSED);
        Path file = refused.resolve(record.seq() + ".json");
        try {
            Files.createDirectories(refused);
            Path temp = refused.resolve(record.seq() + ".json.tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(("// refused by the console: " + reason.replace('\n', ' ') + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                channel.write(ByteBuffer.wrap(record.payload()));
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set report " + record.seq() + " aside in " + refused, e);
        }
        ack(record.seq());
        return file;
    }

    public synchronized long lastSeq() {
        return lastSeq;
    }

    public synchronized long ackedSeq() {
        return ackedSeq;
    }

    /** Reports written but not yet acknowledged by the console. */
    public synchronized long depth() {
        return unackedRecords;
    }

    /** Bytes of unacknowledged reports. */
    public synchronized long sizeBytes() {
        return unackedBytes;
    }

    @Override
    public synchronized void close() {
        try {
            if (writer != null) {
                writer.close();
                writer = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recover() throws IOException {
        Path ackedFile = dir.resolve("acked");
        ackedSeq = Files.exists(ackedFile) ? Long.parseLong(Files.readString(ackedFile).strip()) : 0;
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).forEach(f -> segments.put(
                    Long.parseLong(f.getFileName().toString().replace(SUFFIX, "")), f));
        }
        lastSeq = ackedSeq;
        for (var entry : segments.entrySet()) {
            lastSeq = Math.max(lastSeq, scan(entry.getValue(), entry.getKey().equals(segments.lastKey())));
        }
        if (!segments.isEmpty()) {
            writer = FileChannel.open(segments.lastEntry().getValue(), StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        }
        if (readFrom == null) {
            readFrom = endOfSpool();
        }
        deleteDeliveredSegments();
        if (unackedRecords > 0) {
            log.info("Report spool holds {} undelivered reports ({} bytes), sequence {} to {}", unackedRecords,
                    unackedBytes, ackedSeq + 1, lastSeq);
        }
    }

    /** Validates a segment and cuts off a torn or corrupt tail; returns its last sequence number. */
    private long scan(Path file, boolean lastSegment) throws IOException {
        long last = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long offset = 0;
            long size = channel.size();
            while (offset < size) {
                Record record = read(channel, offset);
                if (record == null) {
                    if (lastSegment) {
                        log.warn("Report spool segment {} ends in a damaged record at byte {} of {} (a crash "
                                + "mid-write); cutting it off", file.getFileName(), offset, size);
                    } else {
                        log.error("Report spool segment {} is damaged at byte {} of {}; the reports after it in this "
                                + "segment are lost (the console will report the gap)", file.getFileName(), offset, size);
                    }
                    channel.truncate(offset);
                    channel.force(true);
                    break;
                }
                if (record.seq() > ackedSeq) {
                    unackedRecords++;
                    unackedBytes += record.size();
                    if (readFrom == null) {
                        readFrom = new Position(Long.parseLong(file.getFileName().toString().replace(SUFFIX, "")),
                                offset);
                    }
                }
                last = record.seq();
                offset += record.size();
            }
        }
        return last;
    }

    /** The record at {@code offset}, or null at the end of the file or where it is incomplete or damaged. */
    private static Record read(FileChannel channel, long offset) throws IOException {
        long size = channel.size();
        if (offset + HEADER > size) {
            return null;
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        channel.read(header, offset);
        header.flip();
        int length = header.getInt();
        long seq = header.getLong();
        int crc = header.getInt();
        if (length < 0 || length > MAX_RECORD || offset + HEADER + length > size) {
            return null;
        }
        ByteBuffer payload = ByteBuffer.allocate(length);
        channel.read(payload, offset + HEADER);
        byte[] bytes = payload.array();
        return crc(seq, bytes) == crc ? new Record(seq, bytes) : null;
    }

    private void startSegment(long firstSeq) throws IOException {
        if (writer != null) {
            writer.close();
        }
        Path file = dir.resolve(String.format("%020d%s", firstSeq, SUFFIX));
        writer = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        segments.put(firstSeq, file);
        forceDirectory();
        if (readFrom == null || unackedRecords == 0) {
            readFrom = new Position(firstSeq, 0);
        }
    }

    private void deleteDeliveredSegments() throws IOException {
        while (segments.size() > 1) {
            var first = segments.firstEntry();
            Long nextFirst = segments.higherKey(first.getKey());
            if (nextFirst - 1 > ackedSeq) {
                break;
            }
            Files.deleteIfExists(first.getValue());
            segments.remove(first.getKey());
        }
        if (segments.size() == 1 && lastSeq <= ackedSeq && writer != null && writer.size() >= segmentBytes) {
            var only = segments.firstEntry();
            writer.close();
            writer = null;
            Files.deleteIfExists(only.getValue());
            segments.clear();
            readFrom = null;
        }
    }

    /** Moves the read position past the records just acknowledged, and takes them off the counts. */
    private void skipDelivered() throws IOException {
        Position position = readFrom;
        while (position != null) {
            try (FileChannel channel = FileChannel.open(segments.get(position.segment()), StandardOpenOption.READ)) {
                long offset = position.offset();
                Record record;
                while ((record = read(channel, offset)) != null) {
                    if (record.seq() > ackedSeq) {
                        readFrom = new Position(position.segment(), offset);
                        return;
                    }
                    unackedRecords--;
                    unackedBytes -= record.size();
                    offset += record.size();
                }
            }
            Long next = segments.higherKey(position.segment());
            position = next == null ? null : new Position(next, 0);
        }
        readFrom = endOfSpool();
    }

    private Position endOfSpool() throws IOException {
        if (segments.isEmpty()) {
            return null;
        }
        var last = segments.lastEntry();
        return new Position(last.getKey(), Files.size(last.getValue()));
    }

    private void writeAcked(long seq) throws IOException {
        Path temp = dir.resolve("acked.tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap((seq + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        Files.move(temp, dir.resolve("acked"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory();
    }

    /** Makes a created or renamed file's directory entry durable too (a no-op where unsupported). */
    private void forceDirectory() {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a directory; NTFS journals the metadata itself.
        }
    }

    private static int crc(long seq, byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(8).putLong(0, seq));
        crc.update(payload);
        return (int) crc.getValue();
    }

    /** A record: its sequence number and payload bytes. */
    public record Record(long seq, byte[] payload) {

        int size() {
            return HEADER + payload.length;
        }
    }

    private record Position(long segment, long offset) {
    }
}
