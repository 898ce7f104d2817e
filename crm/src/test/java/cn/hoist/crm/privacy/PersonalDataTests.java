package cn.hoist.crm.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.hoist.platform.secrets.OwnerOnlyFiles;

class PersonalDataTests {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("x".repeat(32).getBytes());

    private final PersonalData data = new PersonalData(DataKeys.load(KEY, Path.of("unused")));

    @Test
    void encryptsSoThatOnlyTheKeyReadsItBack() {
        String stored = data.encrypt(PersonalField.MOBILE, "+8613812345678");
        assertThat(stored).startsWith("v1:").doesNotContain("13812345678");
        assertThat(data.encrypt(PersonalField.MOBILE, "+8613812345678")).as("fresh IV each time").isNotEqualTo(stored);
        assertThat(data.decrypt(PersonalField.MOBILE, stored)).isEqualTo("+8613812345678");
        PersonalData otherKey = new PersonalData(DataKeys.load(OTHER_KEY, Path.of("unused")));
        assertThatThrownBy(() -> otherKey.decrypt(PersonalField.MOBILE, stored)).hasMessageContaining("wrong data key");
        assertThat(data.encrypt(PersonalField.ADDRESS, null)).isNull();
    }

    @Test
    void aValueCannotBeMovedToAnotherFieldOrAltered() {
        String stored = data.encrypt(PersonalField.ID_NUMBER, "11010519491231002X");
        assertThatThrownBy(() -> data.decrypt(PersonalField.MOBILE, stored)).isInstanceOf(IllegalStateException.class);
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> data.decrypt(PersonalField.ID_NUMBER, tampered)).isInstanceOf(IllegalStateException.class);
        for (String damaged : new String[] {"v1:AAAAAAAAAAAAAAAAAAAA", "v1:not base64!"}) {
            assertThatThrownBy(() -> data.decrypt(PersonalField.ADDRESS, damaged)).as(damaged)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("damaged value");
        }
    }

    @Test
    void aFingerprintTellsKeysApartWithoutRevealingThem() {
        DataKeys keys = DataKeys.load(KEY, Path.of("unused"));
        assertThat(keys.fingerprint()).matches("[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}")
                .isEqualTo(DataKeys.load(KEY, Path.of("unused")).fingerprint())
                .isNotEqualTo(DataKeys.load(OTHER_KEY, Path.of("unused")).fingerprint());
        assertThat(data.keyFingerprint()).isEqualTo(keys.fingerprint());
    }

    @Test
    void blindIndexesAreStableKeyedAndPerField() {
        String index = data.blindIndex(PersonalField.MOBILE, "+8613812345678");
        assertThat(data.blindIndex(PersonalField.MOBILE, "+8613812345678")).isEqualTo(index);
        assertThat(data.blindIndex(PersonalField.MOBILE, "+8613812345679")).isNotEqualTo(index);
        assertThat(data.blindIndex(PersonalField.ID_NUMBER, "+8613812345678")).isNotEqualTo(index);
        assertThat(new PersonalData(DataKeys.load(OTHER_KEY, Path.of("unused")))
                .blindIndex(PersonalField.MOBILE, "+8613812345678")).isNotEqualTo(index);
        assertThat(index).hasSize(22).doesNotContain("5678");
    }

    @Test
    void withoutAConfiguredKeyOneIsCreatedOwnerOnlyAndKept(@TempDir Path home) {
        Path secrets = home.resolve("secrets");
        PersonalData first = new PersonalData(DataKeys.load(null, secrets));
        Path keyFile = secrets.resolve("data.key");
        assertThat(Files.exists(keyFile)).isTrue();
        assertThat(OwnerOnlyFiles.isOwnerOnly(keyFile)).isTrue();
        String stored = first.encrypt(PersonalField.MOBILE, "+8613912345678");
        assertThat(new PersonalData(DataKeys.load("", secrets)).decrypt(PersonalField.MOBILE, stored))
                .as("the second start reads the same key").isEqualTo("+8613912345678");
    }

    @Test
    void aBadConfiguredKeyStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> DataKeys.load("not base64!", Path.of("unused"))).hasMessageContaining("not Base64");
        assertThatThrownBy(() -> DataKeys.load(Base64.getEncoder().encodeToString(new byte[16]), Path.of("unused")))
                .hasMessageContaining("must be 32 bytes");
    }

    @Test
    void masksForStaffWhoHaveNotRevealed() {
        assertThat(Masking.mobile("+8613812345678")).isEqualTo("138****5678");
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110***********002X");
        assertThat(Masking.address("北京市朝阳区建国路88号")).isEqualTo("北京市朝阳区****");
        assertThat(Masking.mobile(null)).isNull();
    }
}
