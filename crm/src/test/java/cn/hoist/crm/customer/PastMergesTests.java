package cn.hoist.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A merge recorded before vehicle links followed events still reads: its {@code links} are the vehicle module's now. */
class PastMergesTests {

    @Test
    void whatAnOlderMergeMovedIsReadWithoutItsLinks() {
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        UUID contact = UUID.randomUUID();
        String older = "{\"details\":{\"contacts\":[\"" + contact + "\"],\"addresses\":[],\"consents\":[]},"
                + "\"links\":{\"moved\":[\"" + UUID.randomUUID() + "\"],\"dropped\":[]}}";
        MergeService.Moved moved = json.readValue(older, MergeService.Moved.class);
        assertThat(moved.details().contacts()).containsExactly(contact);
        assertThat(moved.details().addresses()).isEqualTo(List.of());
    }
}
