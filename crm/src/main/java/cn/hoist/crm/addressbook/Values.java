package cn.hoist.crm.addressbook;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import cn.hoist.crm.cndata.EnergyType;
import cn.hoist.crm.customer.CustomerKind;
import cn.hoist.crm.customer.Gender;
import cn.hoist.crm.customer.SourceChannel;

/**
 * Cell values as people write them in a shop's spreadsheet: Chinese or English words for kinds
 * and channels, dates with dashes, slashes or dots. Unparseable values throw {@link IllegalArgumentException}.
 */
final class Values {

    private static final Map<String, CustomerKind> KINDS = Map.of("个人", CustomerKind.PERSON, "person",
            CustomerKind.PERSON, "公司", CustomerKind.COMPANY, "企业", CustomerKind.COMPANY, "单位",
            CustomerKind.COMPANY, "company", CustomerKind.COMPANY);
    private static final Map<String, Gender> GENDERS = Map.of("男", Gender.MALE, "male", Gender.MALE, "m", Gender.MALE,
            "女", Gender.FEMALE, "female", Gender.FEMALE, "f", Gender.FEMALE);
    private static final Map<String, SourceChannel> SOURCES = Map.ofEntries(Map.entry("到店", SourceChannel.WALK_IN),
            Map.entry("自然到店", SourceChannel.WALK_IN), Map.entry("电话", SourceChannel.PHONE),
            Map.entry("小程序", SourceChannel.MINI_PROGRAM), Map.entry("微信小程序", SourceChannel.MINI_PROGRAM),
            Map.entry("线上平台", SourceChannel.ONLINE_PLATFORM), Map.entry("网络", SourceChannel.ONLINE_PLATFORM),
            Map.entry("转介绍", SourceChannel.REFERRAL), Map.entry("推荐", SourceChannel.REFERRAL),
            Map.entry("第三方平台", SourceChannel.THIRD_PARTY), Map.entry("第三方", SourceChannel.THIRD_PARTY));
    private static final Map<String, EnergyType> ENERGIES = Map.of("燃油", EnergyType.FUEL, "汽油", EnergyType.FUEL,
            "柴油", EnergyType.FUEL, "混动", EnergyType.HYBRID, "插混", EnergyType.HYBRID, "油电混合", EnergyType.HYBRID,
            "纯电", EnergyType.NEV, "新能源", EnergyType.NEV, "电动", EnergyType.NEV);
    private static final DateTimeFormatter[] DATES = {DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyyMMdd"), DateTimeFormatter.ofPattern("yyyy年M月d日")};

    private Values() {
    }

    static CustomerKind kind(String value) {
        return word(value, KINDS, CustomerKind.class);
    }

    static Gender gender(String value) {
        return word(value, GENDERS, Gender.class);
    }

    static SourceChannel source(String value) {
        return word(value, SOURCES, SourceChannel.class);
    }

    static EnergyType energy(String value) {
        return word(value, ENERGIES, EnergyType.class);
    }

    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException tryNext) {
                // next format
            }
        }
        throw new IllegalArgumentException(value);
    }

    static Integer number(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replace(",", "").replace("km", "").replace("公里", "").strip();
        try {
            return (int) Math.round(Double.parseDouble(digits));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(value, e);
        }
    }

    private static <E extends Enum<E>> E word(String value, Map<String, E> words, Class<E> type) {
        if (value == null) {
            return null;
        }
        String key = value.strip().toLowerCase(Locale.ROOT);
        E known = words.get(key);
        if (known != null) {
            return known;
        }
        try {
            return Enum.valueOf(type, key.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(value, e);
        }
    }
}
