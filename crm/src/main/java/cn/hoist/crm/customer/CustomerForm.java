package cn.hoist.crm.customer;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import cn.hoist.crm.cndata.CnFormat;

/**
 * A customer as staff enter it. When changing a customer, an empty mobile, ID number or address
 * keeps the stored one: the form never shows them in clear, so it cannot send them back.
 */
public record CustomerForm(
        @NotNull CustomerKind kind,
        @NotBlank @Size(max = 100) String name,
        Gender gender,
        @Past LocalDate birthday,
        @Size(max = 30) @CnFormat(CnFormat.Rule.MOBILE) String mobile,
        @Size(max = 30) @CnFormat(CnFormat.Rule.ID_NUMBER) String idNumber,
        @Size(max = 30) @CnFormat(CnFormat.Rule.CREDIT_CODE) String creditCode,
        @Size(max = 40) @CnFormat(CnFormat.Rule.LANDLINE) String landline,
        @Size(max = 254) @Email String email,
        @Size(max = 300) String address,
        @NotNull SourceChannel source,
        UUID storeId,
        @Size(max = 1000) String notes) {

    public CustomerForm {
        name = trim(name);
        mobile = trim(mobile);
        idNumber = trim(idNumber);
        creditCode = trim(creditCode);
        landline = trim(landline);
        email = trim(email);
        address = trim(address);
        notes = trim(notes);
    }

    public static CustomerForm empty() {
        return new CustomerForm(CustomerKind.PERSON, "", null, null, null, null, null, null, null, null,
                SourceChannel.WALK_IN, null, null);
    }

    static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
