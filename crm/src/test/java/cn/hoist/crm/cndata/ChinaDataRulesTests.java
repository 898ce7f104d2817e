package cn.hoist.crm.cndata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChinaDataRulesTests {

    @ParameterizedTest
    @ValueSource(strings = {"京A12345", "沪C9Z8Y7", "粤B1234挂", "川A1234学", "京AD12345", "粤BFA1234", "沪A12345D",
        "浙B12345F", "苏EK12345"})
    void acceptsMainlandPlatesIncludingNewEnergy(String plate) {
        assertThat(Plates.isValid(plate)).as(plate).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"京A1234", "京AO1234", "京I12345", "XA12345", "京A123456", "京AZ12345", "京A1234X5D", ""})
    void rejectsWhatIsNotAPlate(String plate) {
        assertThat(Plates.isValid(plate)).as(plate).isFalse();
    }

    @Test
    void normalisesWhatStaffTypeIntoOnePlate() {
        assertThat(Plates.normalize(" 京a·１２３４５ ")).isEqualTo("京A12345");
        assertThat(Plates.normalize("粤b d12345")).isEqualTo("粤BD12345");
    }

    @Test
    void suggestsTheEnergyTypeFromThePlate() {
        assertThat(Plates.suggestedEnergy("京A12345")).contains(EnergyType.FUEL);
        assertThat(Plates.suggestedEnergy("京AD12345")).contains(EnergyType.NEV);
        assertThat(Plates.suggestedEnergy("京AF12345")).contains(EnergyType.HYBRID);
        assertThat(Plates.suggestedEnergy("沪A12345D")).contains(EnergyType.NEV);
        assertThat(Plates.suggestedEnergy("沪A12345K")).contains(EnergyType.HYBRID);
        assertThat(Plates.suggestedEnergy("nonsense")).isEmpty();
    }

    @Test
    void checksTheVinCheckDigit() {
        assertThat(Vins.isValid("1M8GDM9AXKP042788")).isTrue();
        assertThat(Vins.isValid("1M8GDM9A1KP042788")).isFalse();
        assertThat(Vins.isWellFormed("1M8GDM9A1KP042788")).isTrue();
        assertThat(Vins.isWellFormed("1M8GDM9AXKP04278O")).as("no letter O").isFalse();
        assertThat(Vins.isWellFormed("1M8GDM9AXKP04278")).as("16 characters").isFalse();
        assertThat(Vins.checkDigit("LSVAU2180N2183294")).isEqualTo('X');
        assertThat(Vins.normalize(" lsvau 218xn2183294")).isEqualTo("LSVAU218XN2183294");
    }

    @Test
    void normalisesMobilesToE164() {
        assertThat(Mobiles.normalize("138 1234 5678")).contains("+8613812345678");
        assertThat(Mobiles.normalize("+86 138-1234-5678")).contains("+8613812345678");
        assertThat(Mobiles.normalize("008613812345678")).contains("+8613812345678");
        assertThat(Mobiles.normalize("８６１３８１２３４５６７８")).contains("+8613812345678");
        assertThat(Mobiles.normalize("12812345678")).as("no 12x numbers").isEmpty();
        assertThat(Mobiles.normalize("1381234567")).isEmpty();
        assertThat(Mobiles.tail("+8613812345678")).isEqualTo("5678");
        assertThat(Mobiles.national("+8613812345678")).isEqualTo("13812345678");
    }

    @Test
    void checksCreditCodesAndIdNumbers() {
        assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCodes.isValid("91110000802100433B")).isTrue();
        assertThat(CreditCodes.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCodes.isValid("91350100M000100I43")).as("no I").isFalse();
        assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
        assertThat(IdNumbers.isValid("440524188001010014")).isTrue();
        assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
        assertThat(Landlines.isValid("010-6532 1234")).isTrue();
        assertThat(Landlines.isValid("call me")).isFalse();
    }

    @Test
    void cutsTextIntoGramsForIndexLookups() {
        assertThat(Grams.of("京A12345", 3)).containsExactly("京a1", "a12", "123", "234", "345");
        assertThat(Grams.of("张三", 2)).containsExactly("张三");
        assertThat(Grams.of("王", 2)).containsExactly("王");
        assertThat(Grams.of(" ", 2)).isEmpty();
    }
}
