package cn.hoist.agent.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTests {

    @TempDir
    Path dir;

    @Test
    void keepsReportsInOrderUntilAcknowledged() {
        try (Spool spool = Spool.open(dir, 1024 * 1024)) {
            assertThat(spool.append(payloads("a", "b", "c"))).isEqualTo(3);
            assertThat(spool.append(payloads("d"))).isEqualTo(4);
            assertThat(texts(spool.peek(10, Long.MAX_VALUE))).containsExactly("a", "b", "c", "d");
            assertThat(spool.peek(10, Long.MAX_VALUE)).extracting(Spool.Record::seq).containsExactly(1L, 2L, 3L, 4L);
            assertThat(spool.depth()).isEqualTo(4);

            spool.ack(2);
            assertThat(texts(spool.peek(10, Long.MAX_VALUE))).containsExactly("c", "d");
            assertThat(spool.depth()).isEqualTo(2);
            assertThat(texts(spool.peek(1, Long.MAX_VALUE))).containsExactly("c");

            spool.ack(4);
            assertThat(spool.peek(10, Long.MAX_VALUE)).isEmpty();
            assertThat(spool.depth()).isZero();
            assertThat(spool.sizeBytes()).isZero();
        }
    }

    @Test
    void survivesReopeningWithSequenceNumbersNeverReused() {
        try (Spool spool = Spool.open(dir, 1024 * 1024)) {
            spool.append(payloads("a", "b", "c"));
            spool.ack(1);
        }
        try (Spool spool = Spool.open(dir, 1024 * 1024)) {
            assertThat(texts(spool.peek(10, Long.MAX_VALUE))).containsExactly("b", "c");
            assertThat(spool.ackedSeq()).isEqualTo(1);
            assertThat(spool.append(payloads("d"))).isEqualTo(4);
            spool.ack(4);
        }
        try (Spool spool = Spool.open(dir, 1024 * 1024)) {
            assertThat(spool.depth()).isZero();
            assertThat(spool.append(payloads("e"))).as("numbers continue after everything was delivered").isEqualTo(5);
        }
    }

    @Test
    void rollsSegmentsAndDeletesThoseFullyDelivered() throws IOException {
        try (Spool spool = Spool.open(dir, 200)) {
            for (int i = 0; i < 30; i++) {
                spool.append(payloads("report number " + i));
            }
            assertThat(segments()).hasSizeGreaterThan(3);
            assertThat(spool.peek(100, Long.MAX_VALUE)).hasSize(30);
            spool.ack(25);
            assertThat(texts(spool.peek(100, Long.MAX_VALUE))).containsExactly("report number 25", "report number 26",
                    "report number 27", "report number 28", "report number 29");
            assertThat(segments()).hasSizeLessThanOrEqualTo(3);
        }
        try (Spool spool = Spool.open(dir, 200)) {
            assertThat(spool.depth()).isEqualTo(5);
            assertThat(spool.peek(100, Long.MAX_VALUE).get(0).seq()).isEqualTo(26);
        }
    }

    @Test
    void cutsOffATornRecordLeftByACrashMidWrite() throws IOException {
        try (Spool spool = Spool.open(dir, 1024 * 1024)) {
            spool.append(payloads("kept-1", "kept-2"));
        }
        Path segment = segments().get(0);
        long goodSize = Files.size(segment);
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer torn = ByteBuffer.allocate(20).putInt(500).putLong(3).putInt(12345).putInt(42);
            torn.flip();
            channel.write(torn);
        }
        try (Spool spool = Spool.open(dir, 1024 * 1024)) {
            assertThat(Files.size(segment)).isEqualTo(goodSize);
            assertThat(texts(spool.peek(10, Long.MAX_VALUE))).containsExactly("kept-1", "kept-2");
            assertThat(spool.append(payloads("after"))).isEqualTo(3);
            assertThat(texts(spool.peek(10, Long.MAX_VALUE))).containsExactly("kept-1", "kept-2", "after");
        }
    }

    @Test
    void aFlippedBitIsCaughtByTheChecksum() throws IOException {
        try (Spool spool = Spool.open(dir, 1024 * 1024)) {
            spool.append(payloads("first", "second"));
        }
        Path segment = segments().get(0);
        byte[] bytes = Files.readAllBytes(segment);
        bytes[bytes.length - 2] ^= 0x01;
        Files.write(segment, bytes);
        try (Spool spool = Spool.open(dir, 1024 * 1024)) {
            assertThat(texts(spool.peek(10, Long.MAX_VALUE))).containsExactly("first");
        }
    }

    @Test
    void peekRespectsTheByteBudgetButAlwaysReturnsOne() {
        try (Spool spool = Spool.open(dir, 1024 * 1024)) {
            spool.append(IntStream.range(0, 10).mapToObj(i -> ("x".repeat(100) + i).getBytes(StandardCharsets.UTF_8)).toList());
            assertThat(spool.peek(100, 250)).hasSize(3);
            assertThat(spool.peek(100, 1)).hasSize(1);
        }
    }

    @Test
    void refusesAReportOverTheRecordLimit() {
        try (Spool spool = Spool.open(dir, 1024 * 1024)) {
            assertThatThrownBy(() -> spool.append(List.of(new byte[Spool.MAX_RECORD + 1])))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(spool.lastSeq()).isZero();
        }
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".seg")).sorted().toList();
        }
    }

    static List<byte[]> payloads(String... texts) {
        return Stream.of(texts).map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    static List<String> texts(List<Spool.Record> records) {
        return records.stream().map(r -> new String(r.payload(), StandardCharsets.UTF_8)).toList();
    }
}
