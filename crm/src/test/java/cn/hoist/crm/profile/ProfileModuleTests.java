package cn.hoist.crm.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

import cn.hoist.crm.CrmTestData;
import cn.hoist.crm.audit.AuditAction;
import cn.hoist.crm.audit.AuditEntry;
import cn.hoist.crm.customer.Consent;
import cn.hoist.crm.customer.ConsentChannel;
import cn.hoist.crm.customer.ConsentPurpose;
import cn.hoist.crm.customer.Contact;
import cn.hoist.crm.customer.CustomerDetailsService;
import cn.hoist.crm.customer.CustomerForm;
import cn.hoist.crm.customer.CustomerKind;
import cn.hoist.crm.customer.CustomerService;
import cn.hoist.crm.customer.MergeService;
import cn.hoist.crm.customer.SourceChannel;
import cn.hoist.crm.vehicle.LinkRole;
import cn.hoist.crm.vehicle.OdometerReading;
import cn.hoist.crm.vehicle.OdometerSource;
import cn.hoist.crm.vehicle.Vehicle;
import cn.hoist.crm.vehicle.VehicleForm;
import cn.hoist.crm.vehicle.VehicleService;
import cn.hoist.platform.web.ProblemException;

/**
 * The profile module with everything it reads from: one profile brings together what the customer, vehicle and
 * audit modules know of a customer, and follows a merge once the vehicles have moved.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@WithMockUser(roles = "MANAGER")
class ProfileModuleTests {

    @Autowired
    ProfileService profiles;

    @Autowired
    CustomerService customers;

    @Autowired
    CustomerDetailsService details;

    @Autowired
    MergeService merges;

    @Autowired
    VehicleService vehicles;

    @Test
    void bringsTogetherWhatEachModuleKnowsOfTheCustomer() {
        UUID id = customer("林晓");
        String contactMobile = CrmTestData.mobile();
        details.addContact(id, new Contact.Form("林太太", "妻子", contactMobile, null, null));
        details.recordConsent(id, new Consent.Form(ConsentPurpose.MARKETING, ConsentChannel.SMS, true));
        details.recordConsent(id, new Consent.Form(ConsentPurpose.MARKETING, ConsentChannel.SMS, false));
        Vehicle car = vehicles.create(car(), id, LinkRole.OWNER);
        vehicles.addReading(car.id(), new OdometerReading.New(42_000, LocalDate.now().minusDays(1),
                OdometerSource.RECEPTION));

        CustomerProfile profile = profiles.of(id);

        assertThat(profile.customer().name()).isEqualTo("林晓");
        assertThat(profile.contacts()).singleElement().satisfies(c -> assertThat(c.mobile())
                .doesNotContain(contactMobile).endsWith(contactMobile.substring(7)));
        assertThat(profile.consentHistory()).hasSize(2);
        assertThat(profile.consentInForce()).singleElement().satisfies(c -> assertThat(c.granted()).isFalse());
        assertThat(profile.vehicles()).singleElement().satisfies(v -> {
            assertThat(v.role()).isEqualTo(LinkRole.OWNER);
            assertThat(v.details().vehicle().plate()).isEqualTo(car.plate());
            assertThat(v.details().readings()).extracting(OdometerReading::km).contains(42_000);
        });
        assertThat(profile.merges()).isEmpty();
        assertThat(profile.trail()).extracting(AuditEntry::action).contains(AuditAction.CREATE);
    }

    @Test
    void afterAMergeTheSurvivorsProfileShowsTheMergeAndTheVehiclesThatFollowed(Scenario scenario) {
        UUID survivor = customer("韩梅");
        UUID duplicate = customer("韩梅 (旧档)");
        Vehicle car = vehicles.create(car(), duplicate, LinkRole.DRIVER);

        // polled on the test's own thread, which is signed in
        scenario.stimulate(() -> merges.merge(survivor, duplicate)).customize(wait -> wait.pollInSameThread())
                .andWaitForStateChange(() -> vehicles.linksOf(List.of(survivor)), links -> !links.isEmpty());
        CustomerProfile profile = profiles.of(survivor);
        assertThat(profile.merges()).singleElement().satisfies(m -> assertThat(m.mergedName()).isEqualTo("韩梅 (旧档)"));
        assertThat(profile.vehicles()).extracting(v -> v.details().vehicle().id()).containsExactly(car.id());
    }

    @Test
    void anUnknownCustomerHasNoProfile() {
        ProblemException missing = catchThrowableOfType(ProblemException.class, () -> profiles.of(UUID.randomUUID()));
        assertThat(missing.status()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private UUID customer(String name) {
        return customers.create(new CustomerForm(CustomerKind.PERSON, name, null, null, CrmTestData.mobile(), null,
                null, null, null, null, SourceChannel.PHONE, null, null)).id();
    }

    private static VehicleForm car() {
        return new VehicleForm(CrmTestData.vin(), CrmTestData.plate(), null, "吉利", "星越L", null, null, null, null,
                null, null, null, null, null, null);
    }
}
