package cn.hoist.crm.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key for personal data comes from.
 *
 * @param dataKey the 256-bit data key, Base64 ({@code HOIST_CRM_DATA_KEY}); when unset, the key in
 *                {@code <data dir>/secrets/data.key}, created on first start
 */
@ConfigurationProperties("hoist.crm")
public record PrivacyProperties(String dataKey) {

    @Override
    public String toString() {
        return "PrivacyProperties[dataKey=" + (dataKey == null || dataKey.isBlank() ? "unset" : "***") + "]";
    }
}
