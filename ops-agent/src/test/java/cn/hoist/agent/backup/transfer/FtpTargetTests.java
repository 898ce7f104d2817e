package cn.hoist.agent.backup.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.TransferRatePermission;
import org.apache.ftpserver.usermanager.impl.WritePermission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FTP target against a real FTP server (Apache FtpServer) in this JVM, on loopback. */
class FtpTargetTests extends TransferTargetContract {

    @TempDir
    Path serverHome;

    FtpServer server;
    int port;

    @BeforeEach
    void startServer() throws Exception {
        server = server(0);
    }

    @AfterEach
    void stopServer() {
        if (!server.isStopped()) {
            server.stop();
        }
    }

    @Override
    TransferTarget target() {
        return target("backup", "s3cret-pass");
    }

    FtpTarget target(String user, String password) {
        return new FtpTarget(new FtpSettings("127.0.0.1", port, user, password, "shop/backups", true,
                Duration.ofSeconds(10)));
    }

    @Test
    void anUploadIsNeverVisibleUnderItsFinalNameBeforeItIsWhole() throws Exception {
        Path big = file("big", 3_000_000, 7);
        Path dir = serverHome.resolve("shop/backups");
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> target("slow", "slow-pass")
                .put(big, "crm.h2.zip"));
        while (!upload.isDone()) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        String name = f.getFileName().toString();
                        if (name.equals("crm.h2.zip")) {
                            assertThat(Files.size(f)).as("under its final name the file is whole")
                                    .isEqualTo(3_000_000);
                        }
                        seen.add(name.startsWith(".") ? "temporary" : name);
                    }
                } catch (java.nio.file.NoSuchFileException renamedMeanwhile) {
                    // the temporary file was renamed while we looked
                }
            }
            Thread.sleep(5);
        }
        upload.get();
        assertThat(seen).as("the upload was seen under way, under a temporary name").contains("temporary");
        assertThat(target().list()).containsExactly(new RemoteFile("crm.h2.zip", 3_000_000));
    }

    @Test
    void anUploadCutOffByTheServerFailsAndLeavesNoFileUnderItsName() throws Exception {
        Path big = file("big", 3_000_000, 8);
        CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> target("slow", "slow-pass")
                .put(big, "crm.h2.zip"));
        Path dir = serverHome.resolve("shop/backups");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!hasTemporaryFile(dir)) {
            assertThat(System.nanoTime()).as("the upload started").isLessThan(deadline);
            Thread.sleep(5);
        }
        server.stop();
        assertThatThrownBy(upload::join).hasCauseInstanceOf(TransferException.class);
        assertThat(dir.resolve("crm.h2.zip")).doesNotExist();
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageThatSaysSoWithoutThePassword() throws Exception {
        Path file = file("x", 10, 1);
        assertThatThrownBy(() -> target("backup", "wrong-password").put(file, "x.zip"))
                .isInstanceOf(TransferException.class)
                .hasMessageContaining("FTP server 127.0.0.1:" + port + " refused the login of user 'backup'")
                .hasMessageContaining("check the user name and password")
                .hasMessageNotContaining("wrong-password");
    }

    @Test
    void aServerThatIsDownFailsClearly() {
        server.stop();
        assertThatThrownBy(() -> target().list()).isInstanceOf(TransferException.class)
                .hasMessageStartingWith("cannot connect to FTP server 127.0.0.1:" + port);
    }

    private boolean hasTemporaryFile(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(".crm.h2.zip."));
        }
    }

    /** An FTP server on loopback: user backup (fast), user slow (uploads at 1 MB/s), both at home in serverHome. */
    private FtpServer server(int wantedPort) throws Exception {
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(wantedPort);
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        factory.addListener("default", listener.createListener());
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        UserManager userManager = users.createUserManager();
        userManager.save(user("backup", "s3cret-pass", List.of(new WritePermission())));
        userManager.save(user("slow", "slow-pass", List.of(new WritePermission(),
                new TransferRatePermission(0, 1_000_000))));
        factory.setUserManager(userManager);
        FtpServer started = factory.createServer();
        started.start();
        port = ((Listener) factory.getListener("default")).getPort();
        return started;
    }

    private BaseUser user(String name, String password, List<Authority> authorities) {
        BaseUser user = new BaseUser();
        user.setName(name);
        user.setPassword(password);
        user.setHomeDirectory(serverHome.toString());
        user.setAuthorities(authorities);
        return user;
    }
}
