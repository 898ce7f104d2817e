package cn.hoist.crm.repairitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.test.ApplicationModuleTest;

import cn.hoist.platform.web.ProblemException;

/** The catalogue on its own: the seeded items, lookups and the search staff type into. */
@ApplicationModuleTest
class RepairItemModuleTests {

    @Autowired
    RepairItemCatalog catalog;

    @Test
    void seedsTheCommonItemsOfAChineseShopWithTheirLabourStandard() {
        RepairItem alignment = catalog.find("ty-align").orElseThrow();
        assertThat(alignment.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("四轮定位");
        assertThat(alignment.name(Locale.ENGLISH)).isEqualTo("Wheel alignment");
        assertThat(alignment.skill()).isEqualTo(Skill.ALIGNMENT);
        assertThat(alignment.bayCapability()).isEqualTo(BayCapability.ALIGNMENT);
        assertThat(alignment.standardDuration(HoursKind.NORMAL)).isEqualTo(Duration.ofHours(1));
        assertThat(alignment.hours(HoursKind.RUSH)).isEqualByComparingTo(new BigDecimal("0.80"));

        List<RepairItem> all = catalog.list(null);
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all).allSatisfy(item -> {
            assertThat(item.rushHours()).isLessThanOrEqualTo(item.standardHours());
            assertThat(item.nameZh()).isNotBlank();
            assertThat(item.nameEn()).isNotBlank();
        });
        assertThat(catalog.list(Category.NEV)).extracting(RepairItem::bayCapability)
                .containsOnly(BayCapability.NEV_HIGH_VOLTAGE);
    }

    @Test
    void searchFindsItemsByChineseNameEnglishNameOrCode() {
        assertThat(catalog.search("刹车片", 10)).extracting(RepairItem::code).containsExactly("BR-PADF", "BR-PADR");
        assertThat(catalog.search("alignment", 10)).extracting(RepairItem::code).containsExactly("TY-ALIGN");
        assertThat(catalog.search("mt-o", 10)).extracting(RepairItem::code).containsExactly("MT-OIL");
        assertThat(catalog.search("100%_", 10)).isEmpty();
    }

    @Test
    void anUnknownCodeIsTheCallersMistake() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> catalog.require("XX-NONE"));
        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.arguments()).containsExactly("XX-NONE");
        assertThat(catalog.find(null)).isEmpty();
    }
}
