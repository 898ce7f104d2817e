package cn.hoist.crm.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

import cn.hoist.crm.CrmTestData;
import cn.hoist.crm.customer.CustomerDeleted;
import cn.hoist.crm.customer.CustomerForm;
import cn.hoist.crm.customer.CustomerKind;
import cn.hoist.crm.customer.CustomerMergeUndone;
import cn.hoist.crm.customer.CustomerService;
import cn.hoist.crm.customer.CustomersMerged;
import cn.hoist.crm.customer.MergeService;
import cn.hoist.crm.customer.SourceChannel;
import cn.hoist.crm.vehicle.internal.LinkRepository;
import cn.hoist.platform.web.ProblemException;

/**
 * The vehicle module with what it depends on (customers and below): its links follow customer merges and their undo
 * through events, once each however often and in whatever order the events arrive, and a linked vehicle keeps its
 * customer from being deleted, through the customer module's {@code CustomerReferences} port.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@WithMockUser(roles = "ADMIN")
class VehicleModuleTests {

    @Autowired
    CustomerService customers;

    @Autowired
    MergeService merges;

    @Autowired
    VehicleService vehicles;

    @Autowired
    LinkRepository links;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    /** The services answer in the caller's language: a request's, here the test's. */
    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aLinkedVehicleKeepsItsCustomerFromBeingDeletedAndTheProblemSaysWhy(AssertablePublishedEvents events) {
        UUID owner = customer("钱多多");
        Vehicle car = vehicles.create(car(), owner, LinkRole.OWNER);
        Vehicle van = vehicles.create(car(), owner, LinkRole.FLEET);

        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> customers.delete(owner));
        assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("客户“钱多多”不能删除：该客户仍关联 2 辆车，请先解除车辆关联。");
        assertThat(refused.properties().get("references")).isEqualTo(List.of(Map.of("key",
                "vehicle.references.links", "count", 2L, "message", "该客户仍关联 2 辆车，请先解除车辆关联")));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            ProblemException inEnglish = catchThrowableOfType(ProblemException.class, () -> customers.delete(owner));
            assertThat(messages.getMessage(inEnglish.messageKey(), inEnglish.arguments(), Locale.ENGLISH)).isEqualTo(
                    "Customer \"钱多多\" cannot be deleted: 2 vehicles are still linked to the customer; unlink them first.");
        } finally {
            LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        }

        vehicles.unlink(car.id(), owner, LinkRole.OWNER);
        vehicles.unlink(van.id(), owner, LinkRole.FLEET);
        customers.delete(owner);
        assertThat(events).contains(CustomerDeleted.class).matchingValue(CustomerDeleted::customerId, owner);
        assertThat(vehicles.get(car.id())).as("the car stays, with its history").isNotNull();
    }

    @Test
    void everyBlockingReferenceIsListedMergesToo() {
        UUID survivor = customer("孙大圣");
        UUID duplicate = customer("孙大圣 (旧)");
        vehicles.create(car(), survivor, LinkRole.OWNER);
        merges.merge(survivor, duplicate);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> customers.delete(survivor));
        assertThat(refused.properties().get("references")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.list(Map.class)).extracting(m -> m.get("key"))
                .containsExactlyInAnyOrder("vehicle.references.links", "customer.references.merges");
        assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE))
                .contains("该客户仍关联 1 辆车").contains("该客户参与了 1 次合并").contains("；");
    }

    @Test
    void linksFollowAMergeAndGoBackWhenItIsUndone(Scenario scenario) {
        UUID survivor = customer("周杰");
        UUID duplicate = customer("周杰 (重复)");
        UUID shared = vehicles.create(car(), survivor, LinkRole.OWNER).id();
        UUID theirs = vehicles.create(car(), duplicate, LinkRole.OWNER).id();
        vehicles.link(shared, duplicate, LinkRole.OWNER);

        scenario.stimulate(() -> merges.merge(survivor, duplicate))
                .andWaitForStateChange(() -> vehicleIds(duplicate), List::isEmpty)
                .andVerify(none -> assertThat(vehicleIds(survivor)).containsExactlyInAnyOrder(shared, theirs));
        UUID merge = merges.involving(survivor).get(0).id();

        scenario.publish(new CustomersMerged(merge, survivor, duplicate))
                .andWaitForStateChange(this::outstandingPublications, n -> n == 0)
                .andVerify(n -> assertThat(vehicleIds(survivor)).as("heard twice, moved once")
                        .containsExactlyInAnyOrder(shared, theirs));

        scenario.stimulate(() -> merges.undo(merge))
                .andWaitForStateChange(() -> vehicleIds(duplicate), ids -> ids.size() == 2)
                .andVerify(ids -> {
                    assertThat(ids).containsExactlyInAnyOrder(shared, theirs);
                    assertThat(vehicleIds(survivor)).containsExactly(shared);
                });
    }

    @Test
    void anUndoHeardBeforeItsMergeLeavesTheLinksWhereTheyAre(Scenario scenario) {
        UUID survivor = customer("郑洁");
        UUID duplicate = customer("郑洁 (重复)");
        UUID theirs = vehicles.create(car(), duplicate, LinkRole.OWNER).id();
        UUID merge = UUID.randomUUID();

        scenario.publish(new CustomerMergeUndone(merge, survivor, duplicate))
                .andWaitForStateChange(this::outstandingPublications, n -> n == 0);
        scenario.publish(new CustomersMerged(merge, survivor, duplicate))
                .andWaitForStateChange(this::outstandingPublications, n -> n == 0)
                .andVerify(n -> {
                    assertThat(vehicleIds(duplicate)).containsExactly(theirs);
                    assertThat(vehicleIds(survivor)).isEmpty();
                });
    }

    private UUID customer(String name) {
        return customers.create(new CustomerForm(CustomerKind.PERSON, name, null, null, CrmTestData.mobile(), null,
                null, null, null, null, SourceChannel.WALK_IN, null, null)).id();
    }

    private static VehicleForm car() {
        return new VehicleForm(CrmTestData.vin(), CrmTestData.plate(), null, "比亚迪", "秦PLUS", null, null, null, null,
                null, null, null, null, null, null);
    }

    /** Read without the services: the waiting runs on a thread of its own, outside the test's sign-in. */
    private List<UUID> vehicleIds(UUID customer) {
        return links.forCustomers(List.of(customer)).stream().map(VehicleLink::vehicleId).toList();
    }

    /** Publications whose listener has not completed (completed ones are deleted). */
    private long outstandingPublications() {
        return jdbc.sql("select count(*) from event_publication").query(Long.class).single();
    }
}
