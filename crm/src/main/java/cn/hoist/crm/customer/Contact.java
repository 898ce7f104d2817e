package cn.hoist.crm.customer;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.hoist.crm.cndata.CnFormat;

import io.swagger.v3.oas.annotations.media.Schema;

/** A further contact person of a customer (a company's fleet manager, a family member); mobile masked. */
public record Contact(UUID id, UUID customerId, String name, String relation, String mobile, String landline,
        String email, OffsetDateTime createdAt) {

    /** A new contact as staff enter it. */
    @Schema(name = "ContactForm")
    public record Form(@NotBlank @Size(max = 100) String name, @Size(max = 50) String relation,
            @Size(max = 30) @CnFormat(CnFormat.Rule.MOBILE) String mobile,
            @Size(max = 40) @CnFormat(CnFormat.Rule.LANDLINE) String landline,
            @Size(max = 254) @Email String email) {

        public Form {
            name = CustomerForm.trim(name);
            relation = CustomerForm.trim(relation);
            mobile = CustomerForm.trim(mobile);
            landline = CustomerForm.trim(landline);
            email = CustomerForm.trim(email);
        }
    }
}
