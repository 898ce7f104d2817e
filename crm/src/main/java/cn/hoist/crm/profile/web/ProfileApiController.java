package cn.hoist.crm.profile.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.hoist.crm.profile.CustomerProfile;
import cn.hoist.crm.profile.ProfileService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/customers/{id}/profile}: the 360° profile in one answer. */
@RestController
@Tag(name = "Customers")
class ProfileApiController {

    private final ProfileService profiles;

    ProfileApiController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/api/customers/{id}/profile")
    @Operation(summary = "The 360° profile: contacts, addresses, consent, vehicles with plates and odometer, merges,"
            + " trail")
    CustomerProfile profile(@PathVariable UUID id) {
        return profiles.of(id);
    }
}
