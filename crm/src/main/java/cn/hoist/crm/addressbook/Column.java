package cn.hoist.crm.addressbook;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns an import understands, each under its Chinese heading (what the export writes) and
 * the other names people give it. Unknown columns are ignored; the order does not matter.
 */
public enum Column {
    NAME("姓名", "客户名称", "名称", "name"),
    KIND("客户类型", "类型", "kind"),
    GENDER("性别", "gender"),
    BIRTHDAY("生日", "出生日期", "birthday"),
    MOBILE("手机", "手机号", "手机号码", "mobile"),
    ID_NUMBER("身份证号", "身份证", "idnumber"),
    CREDIT_CODE("统一社会信用代码", "信用代码", "creditcode"),
    LANDLINE("座机", "固定电话", "landline"),
    EMAIL("邮箱", "电子邮件", "email"),
    ADDRESS("地址", "address"),
    SOURCE("来源", "来源渠道", "source"),
    PLATE("车牌", "车牌号", "plate"),
    VIN("VIN", "车架号", "车辆识别代号", "vin"),
    MAKE("品牌", "make"),
    MODEL("车型", "model"),
    MODEL_YEAR("年款", "modelyear"),
    ENGINE_NO("发动机号", "engineno"),
    ENERGY("能源类型", "能源", "energy"),
    PURCHASE_DATE("购车日期", "购买日期", "purchasedate"),
    REGISTRATION_DATE("注册日期", "登记日期", "上牌日期", "registrationdate"),
    ODOMETER("里程", "当前里程", "odometer"),
    INSURER("保险公司", "insurer"),
    INSURANCE_EXPIRY("保险到期", "保险到期日", "insuranceexpiry"),
    INSPECTION_DUE("年检到期", "年审到期", "inspectiondue");

    private final List<String> names;

    Column(String... names) {
        this.names = List.of(names);
    }

    /** The heading the export writes. */
    public String heading() {
        return names.get(0);
    }

    public static Optional<Column> forHeading(String heading) {
        String wanted = heading == null ? "" : heading.strip().replace(" ", "").replace("_", "")
                .replace("（km）", "").replace("(km)", "").toLowerCase(Locale.ROOT);
        for (Column column : values()) {
            if (column.names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(wanted))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
